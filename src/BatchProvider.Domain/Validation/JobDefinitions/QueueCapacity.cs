using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BatchProvider.Domain.Catalog;
using BatchProvider.Domain.Desired;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>
/// What the queues of one stack can run, for <see cref="PlacementRules"/>: the owned compute environments reachable
/// through a queue and, per runtime, what they offer. Built once per <see cref="DesiredState"/> instance and shared by
/// every job definition of the stack, so that placement checks cost the same per job definition however large the
/// stack is.
/// </summary>
internal sealed class QueueCapacity
{
    // Keyed by instance (a DesiredState is immutable), so the callers keep passing the stack and nothing else.
    private static readonly ConditionalWeakTable<DesiredState, QueueCapacity> Cache = new();

    private readonly Dictionary<JobNeeds.Runtime, Platform> _platforms;
    private readonly Lazy<string> _reachableKinds;

    private QueueCapacity(DesiredState stack)
    {
        // Unknown capacity (no queues, or a queue on a compute environment outside the stack) leaves nothing reachable.
        if (stack.JobQueues.IsEmpty || stack.JobQueues.Any(q => q.ComputeEnvironments.Any(c => c.ComputeEnvironmentId is null)))
        {
            Reachable = [];
        }
        else
        {
            var byId = new Dictionary<string, DesiredComputeEnvironment>(StringComparer.Ordinal);
            foreach (var ce in stack.ComputeEnvironments) byId.TryAdd(ce.Id, ce);
            Reachable = [.. stack.JobQueues.SelectMany(q => q.ComputeEnvironments).Select(c => c.ComputeEnvironmentId!)
                .Distinct(StringComparer.Ordinal).Where(byId.ContainsKey).Select(id => byId[id])];
        }
        _platforms = Enum.GetValues<JobNeeds.Runtime>().ToDictionary(r => r, r => new Platform([.. Reachable.Where(ce => RuntimeOf(ce) == r)]));
        _reachableKinds = new(() => string.Join(", ", Reachable.Select(ce => $"{ce.Id} ({PlacementRules.Describe(RuntimeOf(ce))})")));
    }

    /// <summary>The capacity of <paramref name="stack"/>'s queues.</summary>
    public static QueueCapacity Of(DesiredState stack) => Cache.GetValue(stack, s => new QueueCapacity(s));

    /// <summary>The owned compute environments some queue uses, each once, in queue order; empty when capacity is unknown.</summary>
    public ImmutableArray<DesiredComputeEnvironment> Reachable { get; }

    /// <summary>Every reachable compute environment with its runtime, e.g. <c>spot (an EC2 (ECS))</c>, for messages.</summary>
    public string ReachableKinds => _reachableKinds.Value;

    /// <summary>The reachable compute environments that run jobs of <paramref name="runtime"/>.</summary>
    public Platform For(JobNeeds.Runtime runtime) => _platforms[runtime];

    /// <summary>The runtime whose jobs a compute environment runs.</summary>
    public static JobNeeds.Runtime RuntimeOf(DesiredComputeEnvironment ce) => ce.Create switch
    {
        { ComputeResources.Type: "FARGATE" or "FARGATE_SPOT" } => JobNeeds.Runtime.Fargate,
        { EksConfiguration: not null } => JobNeeds.Runtime.Eks,
        _ => JobNeeds.Runtime.Ec2,
    };

    /// <summary>The reachable compute environments of one runtime and what they offer together.</summary>
    internal sealed class Platform
    {
        internal Platform(ImmutableArray<DesiredComputeEnvironment> environments)
        {
            Environments = environments;
            Ids = string.Join(", ", environments.Select(c => c.Id));
            AllFargateSpot = environments.All(ce => ce.Create.ComputeResources?.Type == "FARGATE_SPOT");
            AllSpot = environments.All(ce => ce.Create.ComputeResources?.Type == "SPOT");
            var maxvCpus = environments.Select(ce => ce.Create.ComputeResources?.MaxvCpus).ToList();
            MaxvCpus = maxvCpus.Count > 0 && maxvCpus.All(m => m is not null) ? maxvCpus.Max() : null;
            InstanceTypes = Allowed(environments);
        }

        /// <summary>The compute environments, in <see cref="Reachable"/> order.</summary>
        public ImmutableArray<DesiredComputeEnvironment> Environments { get; }

        /// <summary>Their Ids, comma-separated, for messages.</summary>
        public string Ids { get; }

        /// <summary>True when every one is Fargate Spot (vacuously true for none).</summary>
        public bool AllFargateSpot { get; }

        /// <summary>True when every one is EC2 Spot (vacuously true for none).</summary>
        public bool AllSpot { get; }

        /// <summary>The largest MaxvCpus, or null when any of them has none.</summary>
        public int? MaxvCpus { get; }

        /// <summary>
        /// Every instance type any of them may launch, each once, in order of first appearance; null when that is
        /// not known (Fargate, a compute environment without compute resources, or an instance type the catalog lacks).
        /// </summary>
        public ImmutableArray<InstanceTypeInfo>? InstanceTypes { get; }

        private static ImmutableArray<InstanceTypeInfo>? Allowed(ImmutableArray<DesiredComputeEnvironment> environments)
        {
            if (environments.Any(ce => ce.Create.ComputeResources is null)) return null;
            var allowed = new List<InstanceTypeInfo>();
            foreach (var ce in environments)
            {
                // Fargate compute environments have no instance types; their limits are the Fargate matrix.
                if (ce.Create.ComputeResources!.Type is "FARGATE" or "FARGATE_SPOT") return null;
                if (Catalog.InstanceTypes.ResolveAll(ce.Create.ComputeResources.InstanceTypes) is not { } types) return null;
                allowed.AddRange(types);
            }
            // Each type once: the union over all compute environments is bounded by the catalog, not by the stack.
            return [.. allowed.Distinct()];
        }
    }
}
