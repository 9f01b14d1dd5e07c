/** The parent's side of worker processes: argument lists, lifetimes, pipes and resident memory. */
package dev.cvp.process.spawn;
