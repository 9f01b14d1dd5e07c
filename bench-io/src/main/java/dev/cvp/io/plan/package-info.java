/** JMH states that pick a strategy and a task count: which (strategy, tasks) pairs each benchmark method runs. */
package dev.cvp.io.plan;
