/** A single-threaded event loop: one Selector for socket readiness plus a timer queue, the design of asyncio's loop. */
package dev.cvp.io.loop;
