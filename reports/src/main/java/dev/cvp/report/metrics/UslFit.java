package dev.cvp.report.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Gunther's Universal Scalability Law, C(n) = n / (1 + a (n - 1) + b n (n - 1)): a is
 * contention (queueing on a shared resource, the Amdahl part), b is coherency (the cost of
 * keeping shared data consistent, which makes throughput fall past a peak). Fitted by
 * Levenberg-Marquardt least squares (commons-math3) with a, b kept >= 0. Two unknowns need at
 * least three core counts (the base point C(1) = 1 counts as one).
 */
public final class UslFit {

    /** At least this many distinct core counts (including the base) are needed. */
    public static final int MIN_CORE_COUNTS = 3;

    /** The fitted coefficients and the root-mean-square residual of the fit. */
    public record Result(double contention, double coherency, double rms) {

        public double predict(double n) {
            return n / (1 + contention * (n - 1) + coherency * n * (n - 1));
        }

        /** Where the speedup peaks, sqrt((1 - a) / b); infinite when b is 0. */
        public double peak() {
            return coherency <= 0 ? Double.POSITIVE_INFINITY : Math.sqrt(Math.max(0, 1 - contention) / coherency);
        }
    }

    private UslFit() {
    }

    /** Empty with fewer than {@link #MIN_CORE_COUNTS} core counts or when the fit fails. */
    public static Optional<Result> fit(List<ScalingPoint> measured) {
        List<ScalingPoint> points = new ArrayList<>();
        points.add(ScalingPoint.of(1, 1));
        measured.stream().filter(p -> p.n() > 1 && p.s() > 0).forEach(points::add);
        if (points.size() < MIN_CORE_COUNTS) {
            return Optional.empty();
        }
        double[] target = points.stream().mapToDouble(ScalingPoint::s).toArray();
        try {
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(new double[] {0.01, 0.0001})
                    .model(p -> model(p, points))
                    .parameterValidator(v -> new ArrayRealVector(new double[] {
                        Math.max(0, v.getEntry(0)), Math.max(0, v.getEntry(1))}))
                    .target(target)
                    .maxEvaluations(1000)
                    .maxIterations(1000)
                    .build());
            RealVector p = o.getPoint();
            return Optional.of(new Result(p.getEntry(0), p.getEntry(1), o.getRMS()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Pair<RealVector, RealMatrix> model(RealVector params, List<ScalingPoint> points) {
        double a = params.getEntry(0);
        double b = params.getEntry(1);
        double[] value = new double[points.size()];
        double[][] jacobian = new double[points.size()][2];
        for (int i = 0; i < points.size(); i++) {
            double n = points.get(i).n();
            double d = 1 + a * (n - 1) + b * n * (n - 1);
            value[i] = n / d;
            jacobian[i][0] = -n * (n - 1) / (d * d);
            jacobian[i][1] = -n * n * (n - 1) / (d * d);
        }
        return new Pair<>(new ArrayRealVector(value), new Array2DRowRealMatrix(jacobian));
    }
}
