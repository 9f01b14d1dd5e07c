/**
 * benchmarks.json (DESIGN.md v2, "lesson"): what each benchmark means, declared beside its code
 * (bench-support's {@code dev.cvp.support.declare} annotations), copied into the bundle by the
 * runner and read by the report, which never infers meaning from class, method, strategy or
 * parameter names.
 */
package dev.cvp.bundle.declare;
