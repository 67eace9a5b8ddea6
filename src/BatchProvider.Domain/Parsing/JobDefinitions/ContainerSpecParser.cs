using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Parsing.JobDefinitions;

/// <summary>Reads the container properties of a Container job or of one MultiNode node range.</summary>
internal static class ContainerSpecParser
{
    internal static ContainerSpec Read(ObjectReader r) => new(r.Path)
    {
        Image = r.String("Image"),
        Command = r.StringList("Command"),
        Vcpus = r.Decimal("Vcpus"),
        MemoryMiB = r.SizeMiB("Memory"),
        Gpus = r.Int("Gpus", ParsingMessages.WholeNumberAtLeast(0)),
        Environment = r.Map("Environment"),
        Secrets = ContainerValueParsers.Secrets(r, "Secrets"),
        JobRole = r.String("JobRole"),
        ExecutionRole = r.String("ExecutionRole"),
        Volumes = r.Objects("Volumes", "a volume", ContainerValueParsers.Volume),
        MountPoints = r.Objects("MountPoints", "a mount point", ContainerValueParsers.MountPoint),
        LinuxParameters = r.Nested("LinuxParameters", "LinuxParameters", ContainerValueParsers.LinuxParameters),
        LogConfiguration = r.Nested("LogConfiguration", "a log configuration", ContainerValueParsers.LogConfiguration),
        Ulimits = r.Objects("Ulimits", "a ulimit", ContainerValueParsers.Ulimit),
        User = r.String("User"),
        Privileged = r.Boolean("Privileged"),
        ReadonlyRootFilesystem = r.Boolean("ReadonlyRootFilesystem"),
        InstanceType = r.String("InstanceType"),
    };
}
