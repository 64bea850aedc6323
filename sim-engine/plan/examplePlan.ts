/** The example plan of DESIGN §6, verbatim: a known-good file for tests, docs and a new plan. */
export const EXAMPLE_PLAN_JSON = `{
  "format": "canary-plan/1",
  "cohorts": ["internal", "early-access", "low-risk", "general", "new-customer", "high-value"],
  "stages": [
    { "percent": 1,  "hold": { "type": "time", "minutes": 60 },  "signOff": "eng-lead" },
    { "percent": 5,  "hold": { "type": "metric", "stableMinutes": 360, "maxMinutes": 1440 }, "signOff": "pm" },
    { "percent": 25, "hold": { "type": "metric", "stableMinutes": 720, "maxMinutes": 2880 }, "signOff": "pm" },
    { "percent": 50, "hold": { "type": "time", "minutes": 720 }, "signOff": "pm" },
    { "percent": 100 }
  ],
  "thresholds": [
    { "metric": "error_rate",  "limit": 0.5, "unit": "pp",  "compare": "control" },
    { "metric": "latency_p99", "limit": 200, "unit": "ms",  "compare": "control" },
    { "metric": "conversion",  "limit": 2,   "unit": "pct", "compare": "cohort" }
  ],
  "significance": { "confidence": 0.95 },
  "rollback": { "authorizers": ["oncall-sre", "pm"], "coverage": "24x7", "mechanism": "routing" },
  "followUp": { "abTest": true }
}
`;
