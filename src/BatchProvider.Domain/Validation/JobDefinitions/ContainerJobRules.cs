using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>Rules of the Container kind: the container itself, then what its platform forbids or needs.</summary>
internal static class ContainerJobRules
{
    internal static void Validate(ContainerJobDefinition c, DiagnosticBag d)
    {
        var platform = c.Platform ?? JobPlatform.Ec2;
        var windows = c.Fargate.RuntimePlatform?.IsWindows == true;
        ContainerRules.Validate(c.Container, platform, windows, d);
        switch (platform)
        {
            case JobPlatform.Fargate:
                FargateRules.Validate(c, d);
                break;
            case JobPlatform.Ec2:
                ForbidFargateOnly(c, d);
                if (c.Container.InstanceType is not null)
                    d.Error(c.Path.Property("InstanceType"), DiagnosticCodes.InstanceTypeOnlyForMultiNode, JobDefinitionMessages.InstanceTypeOnlyForMultiNode);
                break;
        }
        if (c.Fargate.RuntimePlatform is { } rp && rp.IsWindows && rp.CpuArchitecture == "ARM64")
            d.Error(c.Path.Property("RuntimePlatform").Property("CpuArchitecture"), DiagnosticCodes.RuntimePlatformInvalid, JobDefinitionMessages.WindowsNeedsX86);
    }

    private static void ForbidFargateOnly(ContainerJobDefinition c, DiagnosticBag d)
    {
        var f = c.Fargate;
        if (f.PlatformVersion is not null) Report("FargatePlatformVersion");
        if (f.AssignPublicIp is not null) Report("AssignPublicIp");
        if (f.EphemeralStorageGiB is not null) Report("EphemeralStorage");
        if (f.RuntimePlatform is not null) Report("RuntimePlatform");

        void Report(string property) =>
            d.Error(c.Path.Property(property), DiagnosticCodes.FargateOnlyProperty, JobDefinitionMessages.FargateOnlyProperty(property));
    }
}
