namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>
/// A workload shape whose defaults (vCPU, memory, retries, timeout, tags) a job definition inherits; explicit
/// properties always win. The values are documented on <c>WorkloadPresets</c> in expansion.
/// </summary>
public enum WorkloadPreset
{
    /// <summary>ETL and data pipelines: fault tolerant, predictable runtime.</summary>
    DataProcessing,

    /// <summary>Model training: long, expensive to retry.</summary>
    MlTraining,

    /// <summary>Background batch work: highly fault tolerant, long.</summary>
    BatchProcessing,

    /// <summary>Latency-sensitive short jobs: one attempt, short timeout.</summary>
    RealTime,

    /// <summary>GPU jobs: one GPU by default.</summary>
    Gpu,
}
