using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>LinuxParameters, ulimits and the log driver (API LinuxParameters, Ulimit, LogConfiguration; CDK-LP).</summary>
internal static class LinuxRules
{
    private static readonly string[] DevicePermissions = ["READ", "WRITE", "MKNOD"];

    internal static void Validate(ContainerSpec c, DiagnosticBag d)
    {
        if (c.LinuxParameters is { } lp)
        {
            if (lp.Swappiness is { } swappiness)
            {
                if (swappiness is < 0 or > 100)
                    d.Error(lp.Path.Property("Swappiness"), DiagnosticCodes.SwappinessInvalid, JobDefinitionMessages.SwappinessOutOfRange(swappiness));
                else if (lp.MaxSwapMiB is null)
                    d.Error(lp.Path.Property("Swappiness"), DiagnosticCodes.SwappinessInvalid, JobDefinitionMessages.SwappinessWithoutMaxSwap);
            }
            foreach (var t in lp.Tmpfs.Where(t => t.SizeMiB is 0))
                d.Error(t.Path.Property("Size"), DiagnosticCodes.JobValueOutOfRange, JobDefinitionMessages.ValueOutOfRange("Size", 0, "give a size of at least 1 MiB"));
            foreach (var device in lp.Devices)
            {
                foreach (var p in device.Permissions.Where(p => !DevicePermissions.Contains(p)))
                    d.Error(device.Path.Property("Permissions"), DiagnosticCodes.InvalidEnumValue, JobDefinitionMessages.InvalidDevicePermission(p));
            }
        }
        foreach (var u in c.Ulimits)
        {
            if (u is { SoftLimit: { } soft, HardLimit: { } hard } && soft > hard)
                d.Error(u.Path.Property("SoftLimit"), DiagnosticCodes.UlimitInvalid, JobDefinitionMessages.UlimitSoftAboveHard(u.Name, soft, hard));
        }
    }
}
