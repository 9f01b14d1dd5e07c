/** Child JVMs (worker processes, servers) started from argument lists, never through a shell. */
package dev.cvp.support.jvm;
