using BatchProvider.Domain.Collections;

namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>An EC2 launch template: <c>Id</c> or <c>Name</c> (exactly one), <c>Version</c> (default <c>$Default</c>), and overrides.</summary>
public sealed record LaunchTemplateSpec(
    string? Id,
    string? Name,
    string? Version,
    string? UserdataType,
    ValueList<LaunchTemplateOverrideSpec> Overrides,
    Diagnostics.PropertyPath Path);

/// <summary>A launch template used instead of the default one for some instance types.</summary>
public sealed record LaunchTemplateOverrideSpec(
    string? Id,
    string? Name,
    string? Version,
    string? UserdataType,
    ValueList<string> TargetInstanceTypes,
    Diagnostics.PropertyPath Path);
