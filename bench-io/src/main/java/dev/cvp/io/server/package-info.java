/** The latency server: HTTP/1.1 on loopback that answers every request after a fixed delay, holding no thread while it waits. */
package dev.cvp.io.server;
