/**
 * The resident Python worker: its process, the JSON-lines protocol on its stdin and stdout, and
 * the Python files it runs (shipped as resources next to these classes).
 */
package dev.cvp.python.worker;
