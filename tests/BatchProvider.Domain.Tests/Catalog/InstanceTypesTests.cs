using BatchProvider.Domain.Catalog;

namespace BatchProvider.Domain.Tests.Catalog;

public class InstanceTypesTests
{
    [Theory]
    [InlineData("m6i.2xlarge", 8, 32768, 0, CpuArchitecture.X86_64)]
    [InlineData("G5.XLARGE", 4, 16384, 1, CpuArchitecture.X86_64)]
    [InlineData("g4dn.12xlarge", 48, 196608, 4, CpuArchitecture.X86_64)]
    [InlineData("p3.2xlarge", 8, 62464, 1, CpuArchitecture.X86_64)]
    [InlineData("p5.48xlarge", 192, 2097152, 8, CpuArchitecture.X86_64)]
    [InlineData("c5.9xlarge", 36, 73728, 0, CpuArchitecture.X86_64)]
    [InlineData("c7g.medium", 1, 2048, 0, CpuArchitecture.Arm64)]
    [InlineData("r6g.16xlarge", 64, 524288, 0, CpuArchitecture.Arm64)]
    [InlineData("a1.large", 2, 4096, 0, CpuArchitecture.Arm64)]
    [InlineData("t3.nano", 2, 512, 0, CpuArchitecture.X86_64)]
    [InlineData("inf2.xlarge", 4, 16384, 0, CpuArchitecture.X86_64)]
    [InlineData("trn1.32xlarge", 128, 524288, 0, CpuArchitecture.X86_64)]
    public void Find_WhenKnown_GivesItsShape(string name, int vcpus, long memoryMiB, int gpus, CpuArchitecture arch)
    {
        var t = InstanceTypes.Find(name);
        Assert.NotNull(t);
        Assert.Equal((vcpus, memoryMiB, gpus, arch), (t.Vcpus, t.MemoryMiB, t.Gpus, t.Architecture));
    }

    [Theory]
    [InlineData("m6i.64xlarge")]
    [InlineData("x2iedn.xlarge")]
    [InlineData("m6i")]
    [InlineData("")]
    public void Find_WhenUnknownOrFamily_GivesNull(string name) => Assert.Null(InstanceTypes.Find(name));

    [Theory]
    [InlineData("m6i", 9, "m6i.32xlarge")]
    [InlineData("m7i", 10, "m7i.48xlarge")]
    [InlineData("c6g", 8, "c6g.16xlarge")]
    [InlineData("p4d", 1, "p4d.24xlarge")]
    [InlineData("g5", 8, "g5.48xlarge")]
    public void Family_GivesAllSizesSmallestFirst(string family, int count, string largest)
    {
        var sizes = InstanceTypes.Family(family);
        Assert.Equal((count, largest), (sizes.Length, sizes[^1].Name));
        Assert.Equal(largest, InstanceTypes.LargestOf(family)!.Name);
        Assert.Equal(sizes.OrderBy(t => t.Vcpus).ThenBy(t => t.MemoryMiB).Select(t => t.Name), sizes.Select(t => t.Name));
    }

    [Fact]
    public void Family_WhenUnknown_IsEmptyAndHasNoLargest() =>
        Assert.Equal((0, (InstanceTypeInfo?)null), (InstanceTypes.Family("z9").Length, InstanceTypes.LargestOf("z9")));

    [Theory]
    [InlineData("optimal", CpuArchitecture.X86_64, "m6i,c6i,r6i,c7i")]
    [InlineData("default_x86_64", CpuArchitecture.X86_64, "m6i,c6i,r6i,c7i")]
    [InlineData("default_arm64", CpuArchitecture.Arm64, "m6g,c6g,r6g,c7g")]
    public void Resolve_Tokens_GiveTheirFamilies(string token, CpuArchitecture arch, string families)
    {
        var types = InstanceTypes.Resolve(token)!.Value;
        Assert.All(types, t => Assert.Equal(arch, t.Architecture));
        Assert.Equal(families.Split(',').Order(), types.Select(t => t.Family).Distinct().Order());
    }

    [Theory]
    [InlineData("g5.xlarge", 1)]
    [InlineData("c6i", 9)]
    [InlineData("bogus", -1)]
    public void Resolve_TypeOrFamily(string entry, int count) =>
        Assert.Equal(count, InstanceTypes.Resolve(entry)?.Length ?? -1);

    [Fact]
    public void ResolveAll_WhenAnyEntryUnknown_GivesNull() =>
        Assert.Null(InstanceTypes.ResolveAll(["m6i", "x2iedn"]));

    [Fact]
    public void ResolveAll_UnionsWithoutDuplicates() =>
        Assert.Equal(9, InstanceTypes.ResolveAll(["m6i", "m6i.large", "m6i.2xlarge"])!.Value.Length);

    [Fact]
    public void All_HasUniqueNamesAndPositiveShapes()
    {
        Assert.Equal(InstanceTypes.All.Length, InstanceTypes.All.Select(t => t.Name).Distinct().Count());
        Assert.All(InstanceTypes.All, t => Assert.True(t.Vcpus > 0 && t.MemoryMiB > 0 && t.Gpus >= 0 && t.Name == $"{t.Family}.{t.Size}", t.Name));
    }
}

public class InstanceTypeInfoTests
{
    [Theory]
    [InlineData("g5.xlarge", 4, 15564, 1, true)]
    [InlineData("g5.xlarge", 4, 15565, 1, false)]
    [InlineData("g5.xlarge", 5, 1024, 1, false)]
    [InlineData("g5.xlarge", 4, 1024, 2, false)]
    [InlineData("m6i.large", 0.5, 1024, 0, true)]
    public void CanRun_KeepsBatchsMemoryReserve(string type, double vcpus, long memoryMiB, long gpus, bool fits) =>
        Assert.Equal(fits, InstanceTypes.Find(type)!.CanRun((decimal)vcpus, memoryMiB, gpus));

    [Theory]
    [InlineData("m6i", CpuArchitecture.X86_64)]
    [InlineData("c7g.large", CpuArchitecture.Arm64)]
    [InlineData("default_arm64", CpuArchitecture.Arm64)]
    [InlineData("optimal", CpuArchitecture.X86_64)]
    [InlineData("bogus", null)]
    public void ArchitectureOf_TypeFamilyOrToken(string entry, CpuArchitecture? arch) =>
        Assert.Equal(arch, InstanceTypes.ArchitectureOf(entry));
}
