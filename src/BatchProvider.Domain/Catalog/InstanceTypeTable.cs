using System.Collections.Immutable;

namespace BatchProvider.Domain.Catalog;

/// <summary>
/// The raw rows of <see cref="InstanceTypes"/>: common Batch families with vCPUs, memory (GiB) and GPUs per size, as
/// published on https://aws.amazon.com/ec2/instance-types/ . Not exhaustive: a type missing here is "unknown" and every
/// rule that would need it is skipped.
/// </summary>
internal static class InstanceTypeTable
{
    private const CpuArchitecture X86 = CpuArchitecture.X86_64;
    private const CpuArchitecture Arm = CpuArchitecture.Arm64;

    // Size -> vCPUs of the regular (non-burstable, non-GPU) families.
    private static readonly (string Size, int Vcpus)[] StandardSizes =
    [
        ("large", 2), ("xlarge", 4), ("2xlarge", 8), ("4xlarge", 16), ("8xlarge", 32), ("12xlarge", 48),
        ("16xlarge", 64), ("24xlarge", 96), ("32xlarge", 128), ("48xlarge", 192),
    ];

    internal static ImmutableArray<InstanceTypeInfo> Build()
    {
        var rows = ImmutableArray.CreateBuilder<InstanceTypeInfo>();

        // Regular families: memory is a fixed GiB-per-vCPU ratio (m = 4, c = 2, r = 8); sizes up to the largest listed.
        Regular(rows, "m5", X86, 4, "24xlarge");
        Regular(rows, "m6i", X86, 4, "32xlarge");
        Regular(rows, "m6a", X86, 4, "48xlarge");
        Regular(rows, "m7i", X86, 4, "48xlarge");
        Regular(rows, "c6i", X86, 2, "32xlarge");
        Regular(rows, "c7i", X86, 2, "48xlarge");
        Regular(rows, "r5", X86, 8, "24xlarge");
        Regular(rows, "r6i", X86, 8, "32xlarge");
        Regular(rows, "r7i", X86, 8, "48xlarge");
        Regular(rows, "m6g", Arm, 4, "16xlarge", withMedium: true);
        Regular(rows, "m7g", Arm, 4, "16xlarge", withMedium: true);
        Regular(rows, "c6g", Arm, 2, "16xlarge", withMedium: true);
        Regular(rows, "c7g", Arm, 2, "16xlarge", withMedium: true);
        Regular(rows, "r6g", Arm, 8, "16xlarge", withMedium: true);
        Regular(rows, "r7g", Arm, 8, "16xlarge", withMedium: true);

        // c5 has its own size ladder (9xlarge, 18xlarge).
        Rows(rows, "c5", X86, [("large", 2, 4, 0), ("xlarge", 4, 8, 0), ("2xlarge", 8, 16, 0), ("4xlarge", 16, 32, 0), ("9xlarge", 36, 72, 0), ("12xlarge", 48, 96, 0), ("18xlarge", 72, 144, 0), ("24xlarge", 96, 192, 0)]);
        Rows(rows, "t3", X86, [("nano", 2, 0.5, 0), ("micro", 2, 1, 0), ("small", 2, 2, 0), ("medium", 2, 4, 0), ("large", 2, 8, 0), ("xlarge", 4, 16, 0), ("2xlarge", 8, 32, 0)]);
        Rows(rows, "a1", Arm, [("medium", 1, 2, 0), ("large", 2, 4, 0), ("xlarge", 4, 8, 0), ("2xlarge", 8, 16, 0), ("4xlarge", 16, 32, 0)]);
        Rows(rows, "g4dn", X86, [("xlarge", 4, 16, 1), ("2xlarge", 8, 32, 1), ("4xlarge", 16, 64, 1), ("8xlarge", 32, 128, 1), ("12xlarge", 48, 192, 4), ("16xlarge", 64, 256, 1), ("metal", 96, 384, 8)]);
        Rows(rows, "g5", X86, [("xlarge", 4, 16, 1), ("2xlarge", 8, 32, 1), ("4xlarge", 16, 64, 1), ("8xlarge", 32, 128, 1), ("12xlarge", 48, 192, 4), ("16xlarge", 64, 256, 1), ("24xlarge", 96, 384, 4), ("48xlarge", 192, 768, 8)]);
        Rows(rows, "g6", X86, [("xlarge", 4, 16, 1), ("2xlarge", 8, 32, 1), ("4xlarge", 16, 64, 1), ("8xlarge", 32, 128, 1), ("12xlarge", 48, 192, 4), ("16xlarge", 64, 256, 1), ("24xlarge", 96, 384, 4), ("48xlarge", 192, 768, 8)]);
        Rows(rows, "p3", X86, [("2xlarge", 8, 61, 1), ("8xlarge", 32, 244, 4), ("16xlarge", 64, 488, 8)]);
        Rows(rows, "p4d", X86, [("24xlarge", 96, 1152, 8)]);
        Rows(rows, "p5", X86, [("48xlarge", 192, 2048, 8)]);
        Rows(rows, "inf2", X86, [("xlarge", 4, 16, 0), ("8xlarge", 32, 128, 0), ("24xlarge", 96, 384, 0), ("48xlarge", 192, 768, 0)]);
        Rows(rows, "trn1", X86, [("2xlarge", 8, 32, 0), ("32xlarge", 128, 512, 0)]);
        return rows.ToImmutable();
    }

    private static void Regular(ImmutableArray<InstanceTypeInfo>.Builder rows, string family, CpuArchitecture arch, int gibPerVcpu, string largest, bool withMedium = false)
    {
        if (withMedium) rows.Add(Row(family, "medium", 1, gibPerVcpu, 0, arch));
        foreach (var (size, vcpus) in StandardSizes)
        {
            rows.Add(Row(family, size, vcpus, (double)vcpus * gibPerVcpu, 0, arch));
            if (size == largest) return;
        }
    }

    private static void Rows(ImmutableArray<InstanceTypeInfo>.Builder rows, string family, CpuArchitecture arch, (string Size, int Vcpus, double MemoryGiB, int Gpus)[] sizes)
    {
        foreach (var (size, vcpus, gib, gpus) in sizes) rows.Add(Row(family, size, vcpus, gib, gpus, arch));
    }

    private static InstanceTypeInfo Row(string family, string size, int vcpus, double memoryGiB, int gpus, CpuArchitecture arch) =>
        new($"{family}.{size}", family, vcpus, (long)(memoryGiB * 1024), gpus, arch);
}
