using Xunit;

namespace BatchProvider.Testing.Moto;

/// <summary>A <see cref="FactAttribute"/> for tests that need moto: skipped (with the install command) only outside CI.</summary>
public sealed class MotoFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> from <see cref="MotoRequirement.SkipReason"/>.</summary>
    public MotoFactAttribute() => Skip = MotoRequirement.SkipReason;
}

/// <summary>A <see cref="TheoryAttribute"/> for tests that need moto: skipped (with the install command) only outside CI.</summary>
public sealed class MotoTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> from <see cref="MotoRequirement.SkipReason"/>.</summary>
    public MotoTheoryAttribute() => Skip = MotoRequirement.SkipReason;
}
