"""Prints the reference values that sim-engine/random/samplers.test.ts checks the samplers against.

Run from the repository root:
    python3 sim-engine/random/reference/make-reference.py > sim-engine/random/reference/reference.json
    npx prettier --write sim-engine/random/reference/reference.json

Needs scipy and mpmath. The test suite only reads the JSON this prints; it never runs Python.
Each distribution is cut into bins at a dense set of quantiles; the test draws samples, counts them
per bin and runs a chi-square goodness-of-fit test against these bin probabilities.
"""

import json
import sys

import mpmath
import numpy
import scipy
from scipy import stats

SIGNIFICANCE = 0.001
SAMPLE_SIZE = 50_000
# Dense near the tails so that a sampler wrong only in its tails still fails.
QUANTILE_LEVELS = [0.002, 0.01, 0.03, 0.06, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5,
                   0.6, 0.7, 0.8, 0.85, 0.9, 0.94, 0.97, 0.99, 0.998]
# A bin expected to hold fewer than this many samples is merged into its neighbour.
MIN_EXPECTED_COUNT = 20

POISSON_MEANS = [0.3, 4, 9.9, 10, 37.5, 1e3, 1e7, 1e12]
BINOMIAL_PARAMETERS = [
    (20, 0.3), (1000, 0.004), (1000, 0.0099), (1000, 0.02), (50, 0.8), (7, 0.95),
    (100, 0.1), (21, 0.5), (1e4, 0.9), (1e6, 0.01), (1e9, 0.5), (1e12, 5e-12), (1e12, 0.3),
]
GAMMA_SHAPES = [0.3, 1, 2.5, 40]
# Multinomial draws are checked through counts of sets of categories: a set's count is
# Binomial(trials, the set's share of the weight), and a set spanning both the binomial and
# the one-by-one part of the sampler checks how the two join. Weights fall like a latency tail.
MULTINOMIAL_WEIGHTS = [0.85 ** j for j in range(40)]
MULTINOMIAL_TRIALS = [12, 200, 5000]
MULTINOMIAL_SETS = [[0], [5], [15], [30], [2, 25], list(range(10, 40))]

POISSON_LOG_PROBABILITY_POINTS = [
    (0, 0.3), (3, 4), (25, 10), (1000, 1e3), (1050, 1e3), (10_006_000, 1e7),
    (999_997_000_000, 1e12), (1_000_000_000_007, 1e12),
]
BINOMIAL_LOG_PROBABILITY_POINTS = [
    (0, 20, 0.3), (6, 20, 0.3), (20, 20, 0.3), (37, 1000, 0.02), (10_100, 1e6, 0.01),
    (499_960_000, 1e9, 0.5), (300_001_234_567, 1e12, 0.3), (1, 1e12, 5e-12),
]


def discrete_edges(distribution):
    """Upper edges (inclusive) of the bins: smallest integers whose cdf reaches each level."""
    edges = []
    for level in QUANTILE_LEVELS:
        edge = discrete_quantile(distribution, level)
        if not edges or edge > edges[-1]:
            edges.append(edge)
    return edges


def discrete_quantile(distribution, level):
    # scipy's poisson.ppf returns nan far out (mean 1e12), so bisect on the cdf instead.
    mean, sd = distribution.mean(), distribution.std()
    low, high = max(-1, int(mean - 20 * sd - 10)), int(mean + 20 * sd + 10)
    while high - low > 1:
        middle = (low + high) // 2
        if distribution.cdf(middle) >= level:
            high = middle
        else:
            low = middle
    return high


def bin_probabilities(distribution, edges):
    cdf = [float(distribution.cdf(edge)) for edge in edges]
    probabilities = [cdf[0]] + [cdf[i] - cdf[i - 1] for i in range(1, len(cdf))]
    probabilities.append(float(distribution.sf(edges[-1])))
    return probabilities


def merge_small_bins(edges, probabilities):
    minimum = MIN_EXPECTED_COUNT / SAMPLE_SIZE
    edges, probabilities = list(edges), list(probabilities)
    while len(probabilities) > 2 and probabilities[-1] < minimum:
        last = probabilities.pop()
        probabilities[-1] += last
        edges.pop()
    while len(probabilities) > 2 and probabilities[0] < minimum:
        first = probabilities.pop(0)
        probabilities[0] += first
        edges.pop(0)
    return edges, probabilities


def describe(distribution, edges):
    edges, probabilities = merge_small_bins(edges, bin_probabilities(distribution, edges))
    mean, variance, excess_kurtosis = distribution.stats(moments="mvk")
    return {
        "binUpperEdges": [float(edge) for edge in edges],
        "binProbabilities": probabilities,
        "criticalValue": float(stats.chi2.isf(SIGNIFICANCE, len(probabilities) - 1)),
        "expectedMean": float(mean),
        "expectedVariance": float(variance),
        "excessKurtosis": float(excess_kurtosis),
    }


def poisson_log_probability(count, mean):
    count, mean = mpmath.mpf(count), mpmath.mpf(mean)
    return count * mpmath.log(mean) - mean - mpmath.loggamma(count + 1)


def binomial_log_probability(successes, trials, probability):
    k, n, p = mpmath.mpf(successes), mpmath.mpf(trials), mpmath.mpf(probability)
    return (mpmath.loggamma(n + 1) - mpmath.loggamma(k + 1) - mpmath.loggamma(n - k + 1)
            + k * mpmath.log(p) + (n - k) * mpmath.log1p(-p))


def main():
    mpmath.mp.dps = 60
    poisson = []
    for mean in POISSON_MEANS:
        distribution = stats.poisson(mean)
        poisson.append({"mean": mean, **describe(distribution, discrete_edges(distribution))})
    binomial = []
    for trials, probability in BINOMIAL_PARAMETERS:
        distribution = stats.binom(int(trials), probability)
        binomial.append({"trials": trials, "probability": probability,
                         **describe(distribution, discrete_edges(distribution))})
    multinomial = []
    total = float(sum(MULTINOMIAL_WEIGHTS))
    for trials in MULTINOMIAL_TRIALS:
        for categories in MULTINOMIAL_SETS:
            share = float(sum(MULTINOMIAL_WEIGHTS[j] for j in categories)) / total
            distribution = stats.binom(trials, share)
            multinomial.append({"trials": trials, "categories": categories, "share": share,
                                **describe(distribution, discrete_edges(distribution))})
    gamma = []
    for shape in GAMMA_SHAPES:
        distribution = stats.gamma(shape)
        edges = [float(distribution.ppf(level)) for level in QUANTILE_LEVELS]
        gamma.append({"shape": shape, **describe(distribution, edges)})
    standard_normal = stats.norm()
    normal = describe(standard_normal, [float(standard_normal.ppf(level)) for level in QUANTILE_LEVELS])
    reference = {
        "generatedBy": f"make-reference.py with scipy {scipy.__version__}, "
                       f"numpy {numpy.__version__}, mpmath {mpmath.__version__}",
        "significance": SIGNIFICANCE,
        "sampleSize": SAMPLE_SIZE,
        "poisson": poisson,
        "binomial": binomial,
        "multinomialWeights": MULTINOMIAL_WEIGHTS,
        "multinomial": multinomial,
        "gamma": gamma,
        "normal": normal,
        "poissonLogProbability": [
            {"count": count, "mean": mean,
             "logProbability": float(poisson_log_probability(count, mean))}
            for count, mean in POISSON_LOG_PROBABILITY_POINTS
        ],
        "binomialLogProbability": [
            {"successes": k, "trials": n, "probability": p,
             "logProbability": float(binomial_log_probability(k, n, p))}
            for k, n, p in BINOMIAL_LOG_PROBABILITY_POINTS
        ],
    }
    json.dump(reference, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
