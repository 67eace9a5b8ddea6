namespace BatchProvider.Lambda.Tests.Moto;

/// <summary>The test collection sharing one <see cref="MotoServer"/>; its tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoServer>
{
    /// <summary>The collection name for <c>[Collection(MotoCollection.Name)]</c>.</summary>
    public const string Name = "moto";
}
