using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// Roles of the right kind: InstanceRole is required for instance kinds and must be an instance profile, not an IAM
/// role ARN; ServiceRole and SpotFleetRole ARNs must be IAM role ARNs; ServiceRole must not be the bare
/// <c>AWSServiceRoleForBatch</c> name (the environment never stabilizes, aws/aws-cdk#20727); Unmanaged needs a ServiceRole.
/// </summary>
public sealed class RoleRule : ComputeEnvironmentRule
{
    /// <summary>Batch's service-linked role name.</summary>
    public const string ServiceLinkedRoleName = "AWSServiceRoleForBatch";

    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        CheckServiceRole(spec, diagnostics);
        if (spec is not InstanceComputeEnvironmentSpec instance) return;
        var instanceRole = instance.InstanceRole;
        if (instanceRole is null)
            diagnostics.Error(spec.PathOf("InstanceRole"), DiagnosticCodes.RequiredPropertyMissing,
                $"InstanceRole is required for {Parsing.ComputeEnvironments.ComputeEnvironmentProperties.Describe(spec.Kind)}; give an instance profile name or ARN (arn:aws:iam::ACCOUNT:instance-profile/NAME), here or in Defaults.");
        else if (RuleContext.Known(instanceRole) && instanceRole.Contains(":role/", StringComparison.Ordinal))
            diagnostics.Error(spec.PathOf("InstanceRole"), DiagnosticCodes.CeInstanceRoleIsRole,
                $"InstanceRole is the IAM role ARN {instanceRole}; give the instance profile instead ({instanceRole.Replace(":role/", ":instance-profile/", StringComparison.Ordinal)} if it has the same name).");
        if (RuleContext.Known(instance.SpotFleetRole) && instance.SpotFleetRole!.StartsWith("arn:", StringComparison.Ordinal) && !instance.SpotFleetRole.Contains(":role/", StringComparison.Ordinal))
            diagnostics.Error(spec.PathOf("SpotFleetRole"), DiagnosticCodes.CeRoleArn,
                $"SpotFleetRole is {instance.SpotFleetRole}, which is not an IAM role ARN; give arn:aws:iam::ACCOUNT:role/NAME of a role with AmazonEC2SpotFleetTaggingRole.");
    }

    private static void CheckServiceRole(ComputeEnvironmentSpec spec, DiagnosticBag diagnostics)
    {
        var role = spec.ServiceRole;
        var path = spec.PathOf("ServiceRole");
        if (role is null)
        {
            if (spec is UnmanagedComputeEnvironmentSpec)
                diagnostics.Error(path, DiagnosticCodes.RequiredPropertyMissing,
                    "ServiceRole is required for an Unmanaged compute environment (Batch uses no service-linked role there); give the ARN of the Batch service role.");
            return;
        }
        if (!RuleContext.Known(role)) return;
        if (role == ServiceLinkedRoleName)
            diagnostics.Error(path, DiagnosticCodes.CeServiceRoleShortName,
                $"ServiceRole is the bare name {ServiceLinkedRoleName}, which leaves the compute environment unable to stabilize or be deleted; remove ServiceRole to use the service-linked role, or give its full ARN arn:aws:iam::ACCOUNT:role/aws-service-role/batch.amazonaws.com/{ServiceLinkedRoleName}.");
        else if (role.StartsWith("arn:", StringComparison.Ordinal) && !role.Contains(":role/", StringComparison.Ordinal))
            diagnostics.Error(path, DiagnosticCodes.CeRoleArn, $"ServiceRole is {role}, which is not an IAM role ARN; give arn:aws:iam::ACCOUNT:role/NAME.");
    }
}
