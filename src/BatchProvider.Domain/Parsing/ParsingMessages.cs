using System.Globalization;

namespace BatchProvider.Domain.Parsing;

/// <summary>
/// Every parsing message text (scalars, typed reads of an object, the stack root), in one catalog (NodaTime's
/// TextErrorMessages): each says what is wrong and what would be valid; the path travels separately in the
/// diagnostic. The summary of each member names its code; scalar failures have none of their own because
/// <see cref="ObjectReader"/> wraps them in <see cref="Unreadable"/>.
/// </summary>
public static class ParsingMessages
{
    /// <summary>Scalar failure: not a whole number.</summary>
    public static string NotAWholeNumber(string text) => $"\"{text}\" is not a whole number";

    /// <summary>Scalar failure: not a number.</summary>
    public static string NotANumber(string text) => $"\"{text}\" is not a number";

    /// <summary>Scalar failure: not a boolean.</summary>
    public static string NotABoolean(string text) => $"\"{text}\" is not a boolean; use true or false";

    /// <summary>Scalar failure: not a duration.</summary>
    public static string NotADuration(string text) =>
        $"\"{text}\" is not a duration; use a number of seconds or a number with a unit, such as 90s, 30m, 4h or 7d";

    /// <summary>Scalar failure: a duration with a fraction of a second.</summary>
    public static string NotWholeSeconds(string text) => $"\"{text}\" is not a whole number of seconds";

    /// <summary>Scalar failure: not a size.</summary>
    public static string NotASize(string text) =>
        $"\"{text}\" is not a size; use a number of MiB or a number with a unit, such as 512 MiB or 14 GiB";

    /// <summary>Scalar failure: a size with a fraction of a MiB.</summary>
    public static string NotWholeMiB(string text) => $"\"{text}\" is not a whole number of MiB";

    /// <summary>BS0001, with a did-you-mean among <paramref name="candidates"/>; <paramref name="kind"/> as "a job queue".</summary>
    public static string UnknownProperty(string property, string kind, IEnumerable<string> candidates) =>
        $"{property} is not a known property of {kind}.{Suggestions.DidYouMean(property, candidates)}";

    /// <summary>BS0002, for a value known only at deploy time.</summary>
    public static string Unresolved(string property, string expression) =>
        $"{property} is {expression}, which is known only at deploy time; the rules that need its value were skipped.";

    /// <summary>BS0003, a node of the wrong shape; <paramref name="actual"/> as the node describes itself.</summary>
    public static string WrongType(string name, string expected, string actual) => $"{name} must be {expected}, not {actual}.";

    /// <summary>BS0003, a scalar its parser refused; <paramref name="error"/> is one of the scalar failures above.</summary>
    public static string Unreadable(string property, string? error) => $"{property}: {error}.";

    /// <summary>BS0003, the properties are not an object.</summary>
    public static string PropertiesNotObject(string actual) => $"The BatchStack properties must be an object, not {actual}.";

    /// <summary>BS0003, a compute environment's Kind given by an intrinsic.</summary>
    public const string KindComputed = "Kind must be written in the template, not computed; use one of ManagedEc2, ManagedEks, Fargate, Unmanaged.";

    /// <summary>BS0004, outside the range a read allows; the values are already rendered.</summary>
    public static string OutOfRange(string property, string value, string min, string max) => $"{property} is {value}; use a value from {min} to {max}.";

    /// <summary>BS0004, a whole number beyond Batch's 32-bit integers.</summary>
    public static string BeyondInt32(string property, long value) =>
        $"{property} is {value.ToString(CultureInfo.InvariantCulture)}, far larger than Batch accepts; use a value below {int.MaxValue.ToString(CultureInfo.InvariantCulture)}.";

    /// <summary>BS0004, a negative KeepJobDefinitionRevisions.</summary>
    public static string KeepRevisionsNegative(int? keep) => $"KeepJobDefinitionRevisions is {keep}; use 0 or more.";

    /// <summary>BS0005; <paramref name="kind"/> as "a job queue", <paramref name="whatIsValid"/> as "give a string".</summary>
    public static string Required(string property, string kind, string whatIsValid) => $"{property} is required for {kind}; {whatIsValid}.";

    /// <summary>BS0006, with a did-you-mean among <paramref name="allowed"/>.</summary>
    public static string InvalidEnumValue(string value, string property, IReadOnlyCollection<string> allowed) =>
        $"\"{value}\" is not a valid {property}; use one of {string.Join(", ", allowed)}.{Suggestions.DidYouMean(value, allowed)}";

    /// <summary>The what-is-valid part of <see cref="Required"/> for an enum.</summary>
    public static string UseOneOf(IReadOnlyCollection<string> allowed) => $"use one of {string.Join(", ", allowed)}";

    /// <summary>BS0007; <paramref name="kind"/> as "a Fargate compute environment".</summary>
    public static string NotInKind(string property, string kind) => $"{property} is not a property of {kind}; remove it.";
}
