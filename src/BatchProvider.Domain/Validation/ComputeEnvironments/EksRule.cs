using System.Text.RegularExpressions;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// ManagedEks needs an EKS cluster ARN and a Kubernetes namespace (a DNS label of at most 63 characters, not
/// <c>default</c>, not <c>kube-*</c>); Batch allows at most 5 compute environments per cluster (warning).
/// </summary>
public sealed partial class EksRule : IStackRule
{
    /// <summary>Batch's limit of compute environments per EKS cluster.</summary>
    public const int MaxPerCluster = 5;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        var eks = context.Spec.ComputeEnvironments.OfType<ManagedEksComputeEnvironmentSpec>().ToList();
        foreach (var spec in eks) CheckOne(spec, diagnostics);
        foreach (var group in eks.Where(e => RuleContext.Known(e.EksCluster)).GroupBy(e => e.EksCluster).Where(g => g.Count() > MaxPerCluster))
        {
            var sixth = group.ElementAt(MaxPerCluster);
            diagnostics.Warning(sixth.PathOf("EksCluster"), DiagnosticCodes.CeEksClusterQuota,
                ComputeEnvironmentMessages.EksClusterQuota(group.Key, group.Count(), MaxPerCluster));
        }
    }

    private static void CheckOne(ManagedEksComputeEnvironmentSpec spec, DiagnosticBag diagnostics)
    {
        if (spec.EksCluster is null)
            diagnostics.Error(spec.PathOf("EksCluster"), DiagnosticCodes.RequiredPropertyMissing,
                ComputeEnvironmentMessages.EksClusterMissing);
        else if (RuleContext.Known(spec.EksCluster) && !ClusterArn().IsMatch(spec.EksCluster))
            diagnostics.Error(spec.PathOf("EksCluster"), DiagnosticCodes.CeEksClusterArn,
                ComputeEnvironmentMessages.EksClusterNotArn(spec.EksCluster));

        var ns = spec.KubernetesNamespace;
        var path = spec.PathOf("KubernetesNamespace");
        if (ns is null)
            diagnostics.Error(path, DiagnosticCodes.RequiredPropertyMissing,
                ComputeEnvironmentMessages.KubernetesNamespaceMissing);
        else if (!RuleContext.Known(ns))
            return;
        else if (ns == "default" || ns.StartsWith("kube-", StringComparison.Ordinal))
            diagnostics.Error(path, DiagnosticCodes.CeEksNamespace, ComputeEnvironmentMessages.KubernetesNamespaceReserved(ns));
        else if (ns.Length > 63 || !Namespace().IsMatch(ns))
            diagnostics.Error(path, DiagnosticCodes.CeEksNamespace,
                ComputeEnvironmentMessages.KubernetesNamespaceFormat(ns));
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:eks:[a-z0-9-]+:\d{12}:cluster/[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex ClusterArn();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Namespace();
}
