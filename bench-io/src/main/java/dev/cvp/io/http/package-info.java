/** HTTP/1.1 clients for the latency server, one per style of waiting (blocking, event loop, java.net.http async), and the checks every response passes. */
package dev.cvp.io.http;
