/**
 * Extra rounds where the uncertainty is: after a run's planned rounds, the rows whose parallel
 * speedup intervals are still wider than the profile's target get more rounds, widest first, as
 * long as the profile's time budget lasts ({@link dev.cvp.runner.refine.Refiner}); each step is
 * planned from what the rows cost in the planned rounds ({@link dev.cvp.runner.refine.StepPlanner}).
 */
package dev.cvp.runner.refine;
