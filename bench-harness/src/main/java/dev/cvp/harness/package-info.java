/** Harness code shared by every bench module: JMH defaults and the per-fork core-count check. */
package dev.cvp.harness;
