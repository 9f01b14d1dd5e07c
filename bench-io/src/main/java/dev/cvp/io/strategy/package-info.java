/** The ways to run many waiting tasks: one after another, a pool, a thread each, a virtual thread each, futures, one event loop. */
package dev.cvp.io.strategy;
