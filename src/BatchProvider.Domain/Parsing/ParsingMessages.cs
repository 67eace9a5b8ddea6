using BatchProvider.Domain.Diagnostics;
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
    public static string NotAWholeNumber(string text) => $"{Quoted.Value(text)} is not a whole number";

    /// <summary>Scalar failure: not a number.</summary>
    public static string NotANumber(string text) => $"{Quoted.Value(text)} is not a number";

    /// <summary>Scalar failure: not a boolean.</summary>
    public static string NotABoolean(string text) => $"{Quoted.Value(text)} is not a boolean; use true or false";

    /// <summary>Scalar failure: not a duration.</summary>
    public static string NotADuration(string text) =>
        $"{Quoted.Value(text)} is not a duration; use a number of seconds or a number with a unit, such as 90s, 30m, 4h or 7d";

    /// <summary>Scalar failure: a duration with a fraction of a second.</summary>
    public static string NotWholeSeconds(string text) => $"{Quoted.Value(text)} is not a whole number of seconds";

    /// <summary>Scalar failure: not a size.</summary>
    public static string NotASize(string text) =>
        $"{Quoted.Value(text)} is not a size; use a number of MiB or a number with a unit, such as 512 MiB or 14 GiB";

    /// <summary>Scalar failure: a size with a fraction of a MiB.</summary>
    public static string NotWholeMiB(string text) => $"{Quoted.Value(text)} is not a whole number of MiB";

    /// <summary>BS0001, with a did-you-mean among <paramref name="candidates"/>; <paramref name="kind"/> as "a job queue".</summary>
    public static string UnknownProperty(string property, string kind, IEnumerable<string> candidates) => property.Length == 0
        ? $"A key with an empty name is not a property of {kind}; remove it or give it a property's name."
        : $"{Quoted.Bare(property)} is not a known property of {kind}.{Suggestions.DidYouMean(property, candidates)}";

    /// <summary>BS0002, for a value known only at deploy time.</summary>
    public static string Unresolved(string property, string expression) =>
        $"{property} is {Quoted.Bare(expression)}, which is known only at deploy time; the rules that need its value were skipped.";

    /// <summary>BS0003, a node of the wrong shape; <paramref name="actual"/> as the node describes itself.</summary>
    public static string WrongType(string name, string expected, string actual) => $"{name} must be {expected}, not {actual}.";

    /// <summary>BS0003, a scalar its parser refused; <paramref name="error"/> is one of the scalar failures above.</summary>
    public static string Unreadable(string property, string? error, string? whatIsValid = null) =>
        whatIsValid is null ? $"{property}: {error}." : $"{property}: {error}; {whatIsValid}.";

    /// <summary>The what-is-valid part of <see cref="Unreadable"/> for a whole number in a range.</summary>
    public static string WholeNumberFrom(long min, long max) =>
        $"use a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The what-is-valid part of <see cref="Unreadable"/> for a whole number with a lower bound only.</summary>
    public static string WholeNumberAtLeast(long min) => $"use a whole number, {min.ToString(CultureInfo.InvariantCulture)} or more";

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
        $"{Quoted.Value(value)} is not a valid {property}; use one of {string.Join(", ", allowed)}.{Suggestions.DidYouMean(value, allowed)}";

    /// <summary>The what-is-valid part of <see cref="Required"/> for an enum.</summary>
    public static string UseOneOf(IReadOnlyCollection<string> allowed) => $"use one of {string.Join(", ", allowed)}";

    /// <summary>BS0007; <paramref name="kind"/> as "a Fargate compute environment".</summary>
    public static string NotInKind(string property, string kind) => $"{property} is not a property of {kind}; remove it.";

    /// <summary>The did-you-mean that ends a message: " Did you mean 'X'?".</summary>
    public static string DidYouMean(string suggestion) => $" Did you mean '{suggestion}'?";

    /// <summary>The what-is-valid part of <see cref="Required"/> for a shape: "give a string".</summary>
    public static string Give(string expected) => $"give {expected}";

    /// <summary>A size as the range messages render it: "512 MiB".</summary>
    public static string MiB(long value) => $"{value} MiB";

    /// <summary>The upper end of an unbounded range in <see cref="OutOfRange"/>.</summary>
    public const string Unbounded = "any";

    /// <summary>The name <see cref="WrongType"/> uses for the root value.</summary>
    public const string RootValueName = "value";

    /// <summary>The name <see cref="WrongType"/> uses for a list item.</summary>
    public const string ListItemName = "item";

    /// <summary>The shape of a string, for <see cref="WrongType"/> and <see cref="Give"/>.</summary>
    public const string AString = "a string";

    /// <summary>The shape of a whole number.</summary>
    public const string AWholeNumber = "a whole number";

    /// <summary>The shape of a number.</summary>
    public const string ANumber = "a number";

    /// <summary>The shape of a boolean.</summary>
    public const string TrueOrFalse = "true or false";

    /// <summary>The shape of a duration.</summary>
    public const string ADuration = "a duration such as 30m";

    /// <summary>The shape of a size.</summary>
    public const string ASize = "a size such as 2 GiB";

    /// <summary>The shape of a list of strings.</summary>
    public const string AListOfStrings = "a list of strings";

    /// <summary>The shape of a string map (tags, environment, parameters).</summary>
    public const string AnObjectOfPairs = "an object of name: value pairs";

    /// <summary>The shape of a nested object.</summary>
    public const string AnObject = "an object";

    /// <summary>The shape of a nested list.</summary>
    public const string AList = "a list";
}
