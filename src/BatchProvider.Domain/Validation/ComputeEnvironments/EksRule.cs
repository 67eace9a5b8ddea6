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
                $"EksCluster {group.Key} is used by {group.Count()} compute environments; Batch allows {MaxPerCluster} per cluster.");
        }
    }

    private static void CheckOne(ManagedEksComputeEnvironmentSpec spec, DiagnosticBag diagnostics)
    {
        if (spec.EksCluster is null)
            diagnostics.Error(spec.PathOf("EksCluster"), DiagnosticCodes.RequiredPropertyMissing,
                "EksCluster is required for a ManagedEks compute environment; give the cluster ARN, arn:aws:eks:REGION:ACCOUNT:cluster/NAME.");
        else if (RuleContext.Known(spec.EksCluster) && !ClusterArn().IsMatch(spec.EksCluster))
            diagnostics.Error(spec.PathOf("EksCluster"), DiagnosticCodes.CeEksClusterArn,
                $"EksCluster is \"{spec.EksCluster}\", which is not an EKS cluster ARN; use arn:aws:eks:REGION:ACCOUNT:cluster/NAME.");

        var ns = spec.KubernetesNamespace;
        var path = spec.PathOf("KubernetesNamespace");
        if (ns is null)
            diagnostics.Error(path, DiagnosticCodes.RequiredPropertyMissing,
                "KubernetesNamespace is required for a ManagedEks compute environment; give the namespace the jobs run in, e.g. batch.");
        else if (!RuleContext.Known(ns))
            return;
        else if (ns == "default" || ns.StartsWith("kube-", StringComparison.Ordinal))
            diagnostics.Error(path, DiagnosticCodes.CeEksNamespace, $"KubernetesNamespace is \"{ns}\", which Batch does not allow (not default, not kube-*); use a namespace of your own, e.g. batch.");
        else if (ns.Length > 63 || !Namespace().IsMatch(ns))
            diagnostics.Error(path, DiagnosticCodes.CeEksNamespace,
                $"KubernetesNamespace is \"{ns}\"; use 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit.");
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:eks:[a-z0-9-]+:\d{12}:cluster/[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex ClusterArn();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Namespace();
}
