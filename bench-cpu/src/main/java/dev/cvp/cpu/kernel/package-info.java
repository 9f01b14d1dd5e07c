/** CPU-bound kernels: one job split into independent tasks of resumable units, shared by every bench module. */
package dev.cvp.cpu.kernel;
