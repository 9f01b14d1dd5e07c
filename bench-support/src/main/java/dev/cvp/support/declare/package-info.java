/**
 * How a benchmark declares what it means (DESIGN.md v2, "lesson"): {@link dev.cvp.support.declare.Declared}
 * on the class, a {@link dev.cvp.support.declare.Role} per strategy, a {@link dev.cvp.support.declare.ParamRole}
 * per parameter with a meaning, a {@link dev.cvp.support.declare.Figure} per secondary result that
 * carries the lesson. {@link dev.cvp.support.declare.DeclarationsMain} prints them as benchmarks.json.
 */
package dev.cvp.support.declare;
