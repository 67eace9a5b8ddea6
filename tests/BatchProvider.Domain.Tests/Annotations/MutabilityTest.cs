using System.Reflection;
using System.Runtime.CompilerServices;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.Annotations;

/// <summary>
/// Public Domain types are immutable (NodaTime's MutabilityTest): no public property has a setter other than
/// <c>init</c>, and no public field is writable. Collectors such as <see cref="DiagnosticBag"/> mutate through methods
/// only, which this test allows on purpose.
/// </summary>
public class MutabilityTest
{
    [Fact]
    public void PublicDomainTypes_HaveNoSettersOrWritableFields()
    {
        var violations =
            from type in typeof(Diagnostic).Assembly.GetExportedTypes()
            from member in WritableMembers(type)
            select $"{type.FullName}.{member}";
        Assert.Empty(violations);
    }

    private static IEnumerable<string> WritableMembers(Type type)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var setters = type.GetProperties(declared)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);
        var fields = type.IsEnum ? [] : type.GetFields(declared).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => f.Name);
        return setters.Concat(fields);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
