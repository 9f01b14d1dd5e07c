/** JMH states that pick the overlapping strategy and the task count of a waiting benchmark. */
package dev.cvp.python.plan;
