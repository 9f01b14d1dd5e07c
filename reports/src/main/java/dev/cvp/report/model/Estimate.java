package dev.cvp.report.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A score and the raw data it came from: JMH's score, its unit, and the measured iteration
 * values per fork (or round), from which the report computes its own 95% intervals
 * ({@code metrics.Resampling}). JMH's 99.9% half-width is not kept: it stays in the JMH JSON.
 * A figure derived rather than measured has no forks, and so no interval.
 *
 * @param rounds per fork, the round of the run it was measured in (the round it stands for, for a
 *               round that replaced another), so that two cells measured in alternation can be
 *               compared round by round; empty when unknown. Not part of equality: the same data
 *               is the same estimate.
 */
public record Estimate(double score, String unit, List<double[]> forks, List<Integer> rounds) {

    public Estimate {
        if (rounds != null && !rounds.isEmpty() && (forks == null || rounds.size() != forks.size())) {
            throw new IllegalArgumentException("estimate: " + rounds.size() + " round label(s) for "
                    + (forks == null ? 0 : forks.size()) + " fork(s); give one per fork, or none");
        }
        List<double[]> copy = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        if (forks != null) {
            for (int i = 0; i < forks.size(); i++) {
                double[] f = forks.get(i);
                if (f != null && f.length > 0) {
                    copy.add(f.clone());
                    if (rounds != null && !rounds.isEmpty()) {
                        labels.add(rounds.get(i));
                    }
                }
            }
        }
        forks = Collections.unmodifiableList(copy);
        rounds = List.copyOf(labels);
    }

    /** Without round labels. */
    public Estimate(double score, String unit, List<double[]> forks) {
        this(score, unit, forks, List.of());
    }

    /** The same data, every fork labelled as measured in {@code round}. */
    public Estimate inRound(int round) {
        return new Estimate(score, unit, forks, java.util.Collections.nCopies(forks.size(), round));
    }

    /** A measured score whose iterations all came from one fork. */
    public static Estimate oneFork(double score, String unit, double... iterations) {
        return new Estimate(score, unit, List.of(iterations));
    }

    /** A derived figure: no raw data, so no interval. */
    public static Estimate derived(double score, String unit) {
        return new Estimate(score, unit, List.of());
    }

    /** Per fork, the iteration values (copies). */
    @Override
    public List<double[]> forks() {
        return forks.stream().map(double[]::clone).toList();
    }

    /** Every iteration's value, fork by fork. */
    public double[] samples() {
        return forks.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    public int sampleCount() {
        return forks.stream().mapToInt(f -> f.length).sum();
    }

    public int forkCount() {
        return forks.size();
    }

    /**
     * This estimate and {@code other}, measured in another round of the same cell, as one: the
     * forks of both (a round's forks are just more forks) and the score of all their iterations
     * together. JMH's score is the mean of its iterations, so that is the mean of the two scores
     * weighted by their iterations (for sample mode, whose score weighs each sample, up to the
     * rounds' differing sample counts); without raw data on either side the two weigh alike. A
     * score that is the sum of its iterations ({@code @AuxCounters(EVENTS)}) stays a sum. Round
     * labels are kept when both carry them.
     *
     * @throws IllegalArgumentException when the units differ (convert first)
     */
    public Estimate plus(Estimate other) {
        if (!unit.equals(other.unit)) {
            throw new IllegalArgumentException("cannot pool " + unit + " with " + other.unit + "; convert first");
        }
        List<double[]> all = new ArrayList<>(forks);
        all.addAll(other.forks);
        List<Integer> labels = new ArrayList<>();
        if (!rounds.isEmpty() && !other.rounds.isEmpty()) {
            labels.addAll(rounds);
            labels.addAll(other.rounds);
        }
        Aggregate mine = aggregate();
        Aggregate theirs = other.aggregate();
        if ((mine == Aggregate.SUM || theirs == Aggregate.SUM) && mine != Aggregate.MEAN && theirs != Aggregate.MEAN) {
            return new Estimate(score + other.score, unit, all, labels);
        }
        boolean weighed = sampleCount() > 0 && other.sampleCount() > 0;
        double a = weighed ? sampleCount() : 1;
        double b = weighed ? other.sampleCount() : 1;
        return new Estimate((score * a + other.score * b) / (a + b), unit, all, labels);
    }

    /**
     * True when the score is the mean of the iterations (JMH's average and throughput modes), so
     * that the mean of some of them is what JMH would have reported for those alone.
     */
    public boolean meanOfIterations() {
        return aggregate() == Aggregate.MEAN;
    }

    /** How JMH made the score from the iterations, where the raw data can tell. */
    private enum Aggregate { MEAN, SUM, UNKNOWN }

    private Aggregate aggregate() {
        if (sampleCount() < 2) {
            return Aggregate.UNKNOWN;
        }
        double sum = Arrays.stream(samples()).sum();
        double mean = sum / sampleCount();
        boolean isSum = close(score, sum);
        boolean isMean = close(score, mean);
        return isSum == isMean ? Aggregate.UNKNOWN : isSum ? Aggregate.SUM : Aggregate.MEAN;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Multiplies the score and every iteration value by a positive factor (unit conversion, scaling). */
    public Estimate scaled(double factor, String newUnit) {
        List<double[]> s = forks.stream().map(f -> Arrays.stream(f).map(v -> v * factor).toArray()).toList();
        return new Estimate(score * factor, newUnit, s, rounds);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Estimate e) || Double.compare(score, e.score) != 0 || !unit.equals(e.unit)
                || forks.size() != e.forks.size()) {
            return false;
        }
        for (int i = 0; i < forks.size(); i++) {
            if (!Arrays.equals(forks.get(i), e.forks.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(score) + unit.hashCode();
    }

    @Override
    public String toString() {
        return score + " " + unit + " (" + forkCount() + " fork(s), " + sampleCount() + " iteration(s))";
    }
}
