"""Prints the reference values that sim-engine/metrics/latencyDraw.test.ts checks drawn latency against.

Run from the repository root:
    python3 sim-engine/metrics/reference/make-latency-draw-reference.py > sim-engine/metrics/reference/latency-draw.json
    npx prettier --write sim-engine/metrics/reference/latency-draw.json

Needs scipy. The test suite only reads the JSON this prints. The shape is a log-normal body
(median 100 ms, log spread 0.5); buckets are the engine's (upper edge of bucket i is
2^((i + 1)/36) ms), the kept tail starts at the bucket of the shape's p90, and buckets are drawn
in groups of 6. The count of requests at or below a group's upper edge is then
Binomial(trials, F(edge)): its bins are cut as make-reference.py cuts discrete distributions.
"""

import json
import math

from scipy import stats

SIGNIFICANCE = 0.001
GROWTH = 2 ** (1 / 36)
GROUP = 6
MEDIAN_MS, LOG_SPREAD = 100.0, 0.5
TRIALS = 2000
GROUPS_CHECKED = [0, 2, 5]
BUCKETS_CHECKED = [0, 4, 9, 14, 20]
QUANTILE_LEVELS = [0.002, 0.01, 0.03, 0.06, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5,
                   0.6, 0.7, 0.8, 0.85, 0.9, 0.94, 0.97, 0.99, 0.998]
MIN_EXPECTED_COUNT = 20
SAMPLE_SIZE = 50_000

shape = stats.lognorm(s=LOG_SPREAD, scale=MEDIAN_MS)
edge = lambda bucket: GROWTH ** (bucket + 1)
tail_start = math.floor(math.log(shape.ppf(0.9)) / math.log(GROWTH))


def binned(distribution):
    edges = []
    for level in QUANTILE_LEVELS:
        value = float(distribution.ppf(level))
        if not edges or value > edges[-1]:
            edges.append(value)
    probabilities = [float(distribution.cdf(edges[0]))]
    probabilities += [float(distribution.cdf(b) - distribution.cdf(a)) for a, b in zip(edges, edges[1:])]
    probabilities.append(float(distribution.sf(edges[-1])))
    # Merge bins too small for chi-square into their neighbour.
    while min(probabilities) * SAMPLE_SIZE < MIN_EXPECTED_COUNT:
        i = probabilities.index(min(probabilities))
        j = i - 1 if i == len(probabilities) - 1 else i
        probabilities[j] += probabilities.pop(j + 1)
        edges.pop(j)
    mean, variance, kurtosis = distribution.stats(moments="mvk")
    return {
        "binUpperEdges": edges,
        "binProbabilities": probabilities,
        "criticalValue": float(stats.chi2.isf(SIGNIFICANCE, len(probabilities) - 1)),
        "expectedMean": float(mean),
        "expectedVariance": float(variance),
        "excessKurtosis": float(kurtosis),
    }


def main():
    groups = []
    for group in GROUPS_CHECKED:
        upper = edge(tail_start + GROUP * (group + 1) - 1)
        groups.append({"group": group, **binned(stats.binom(TRIALS, float(shape.cdf(upper))))})
    buckets = [
        {"bucket": b, "probability": float(shape.cdf(edge(tail_start + b)) - shape.cdf(edge(tail_start + b - 1)))}
        for b in BUCKETS_CHECKED
    ]
    quantiles = []
    for q in (0.95, 0.99):
        value = float(shape.ppf(q))
        quantiles.append({"q": q, "valueMs": value, "density": float(shape.pdf(value))})
    print(json.dumps({
        "medianMs": MEDIAN_MS, "logSpread": LOG_SPREAD, "tailStart": tail_start,
        "trials": TRIALS, "sampleSize": SAMPLE_SIZE, "groups": groups, "buckets": buckets,
        "quantiles": quantiles,
    }, indent=1))


main()
