package dev.cvp.cpu.kernel;

/**
 * A blocked (tiled) multiply of two dense {@code n x n} matrices.
 *
 * <p>Every task multiplies the same right-hand matrix {@code B} by its own left-hand matrix: row
 * {@code i} of task {@code t}'s left matrix is row {@code (i + t) mod n} of {@code A}, so tasks do
 * equal work but produce different results (a strategy that ran one task twice and skipped another
 * would give a wrong sum). A unit computes one {@code tile x tile} block of the product, walking
 * {@code k} in blocks of {@code tile} so that the rows of {@code A} and {@code B} it touches stay in
 * cache, with the innermost loop over contiguous columns (which the JIT vectorises). The tile's
 * accumulator is a small local array; {@code A} and {@code B} are allocated once, in the
 * constructor, and only read afterwards.
 *
 * <p>Entries are small integers, so every product and sum is exact in a double and the unit's
 * result, a position-weighted checksum of its tile, is exact and easy to check against a naive
 * multiply. Default: {@code n = 256}, {@code tile = 64}: 16 units per task, each about 1 million
 * multiply-adds (roughly 0.3 ms; about 5 ms per task).
 */
public final class MatmulKernel extends AbstractKernel {

    /** Default matrix side. */
    public static final int DEFAULT_N = 256;
    /** Default tile side. */
    public static final int DEFAULT_TILE = 64;

    private final int n;
    private final int tile;
    private final int tilesPerSide;
    private final double[] a;
    private final double[] b;

    /** A kernel at the benchmark size. */
    public MatmulKernel(int tasks) {
        this(tasks, DEFAULT_N, DEFAULT_TILE);
    }

    /**
     * @param tasks tasks per operation, at least 1
     * @param n     matrix side, a positive multiple of {@code tile}
     * @param tile  tile side, at least 1
     */
    public MatmulKernel(int tasks, int n, int tile) {
        super("matmul", tasks, tilesPerSide(n, tile) * tilesPerSide(n, tile));
        this.n = n;
        this.tile = tile;
        this.tilesPerSide = n / tile;
        this.a = new double[n * n];
        this.b = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = left(i, j);
                b[i * n + j] = right(i, j);
            }
        }
    }

    private static int tilesPerSide(int n, int tile) {
        if (tile < 1 || n < tile || n % tile != 0) {
            throw new IllegalArgumentException("matmul needs n a positive multiple of tile; got n=" + n + " tile=" + tile);
        }
        return n / tile;
    }

    /** Entry (i, j) of A. */
    public static double left(int i, int j) {
        return (i * 7 + j * 3) % 10;
    }

    /** Entry (i, j) of B. */
    public static double right(int i, int j) {
        return (i * 5 + j * 11) % 9;
    }

    /** The weight of product entry (i, j) in a unit's checksum. */
    public static long weight(int i, int j, int n) {
        return 1 + (i * (long) n + j) % 7;
    }

    /** Matrix side. */
    public int n() {
        return n;
    }

    @Override
    public long computeUnit(int task, int unit) {
        int i0 = (unit / tilesPerSide) * tile;
        int j0 = (unit % tilesPerSide) * tile;
        double[] c = new double[tile * tile];
        for (int k0 = 0; k0 < n; k0 += tile) {
            for (int i = 0; i < tile; i++) {
                int aRow = ((i0 + i + task) % n) * n;
                int cRow = i * tile;
                for (int k = k0; k < k0 + tile; k++) {
                    double aik = a[aRow + k];
                    int bRow = k * n + j0;
                    for (int j = 0; j < tile; j++) {
                        c[cRow + j] += aik * b[bRow + j];
                    }
                }
            }
        }
        long checksum = 0;
        for (int i = 0; i < tile; i++) {
            for (int j = 0; j < tile; j++) {
                checksum += (long) c[i * tile + j] * weight(i0 + i, j0 + j, n);
            }
        }
        return checksum;
    }
}
