using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Validation.Stack;

/// <summary>
/// Every stack-wide message text (stack Name, Ids, Region quotas, tags), in one catalog (NodaTime's
/// TextErrorMessages): each says what is wrong and what would be valid; the path travels separately in the
/// diagnostic. The summary of each member names its code.
/// </summary>
public static class StackMessages
{
    /// <summary>BS0005, for the stack Name.</summary>
    public const string NameMissing = "Name is required for a BatchStack; give the prefix of every Batch resource name, e.g. research.";

    /// <summary>BS0002, for a computed stack Name.</summary>
    public static string NameUnresolved(string expression) => $"Name is {expression}, which is known only at deploy time; the name rules were skipped.";

    /// <summary>BS0003, for a stack Name that is not text.</summary>
    public const string NameNotString = "Name must be a string, e.g. research.";

    /// <summary>BS0501.</summary>
    public static string NameFormat(string name) => $"Name is {Quoted.Value(name)}; use letters, digits, '-' and '_', starting with a letter or digit, e.g. research.";

    /// <summary>BS0504, for the stack Name.</summary>
    public static string NameTooLong(int length, int maxBaseLength) =>
        $"Name is {length} characters long; Batch names are {{Name}}-{{Id}} within {maxBaseLength} characters, so use a much shorter Name (e.g. up to 40 characters).";

    /// <summary>BS0005, for an item's Id.</summary>
    public static string IdRequired(string family) => $"Id is required for every item of {family}; give letters, digits, '-' and '_', unique within {family}.";

    /// <summary>BS0003, for an Id that is not text.</summary>
    public const string IdNotString = "Id must be a string written in the template (not computed); use letters, digits, '-' and '_'.";

    /// <summary>BS0502; <paramref name="suggestion"/> is the Id with invalid characters replaced (empty for none).</summary>
    public static string IdFormat(string id, string suggestion) =>
        $"Id is {Quoted.Value(id)}; use only letters, digits, '-' and '_'{(suggestion.Length > 0 ? $", e.g. {Quoted.Value(suggestion)}" : "")}.";

    /// <summary>BS0503.</summary>
    public static string IdGenerationSuffix(string id) =>
        $"Id is {Quoted.Value(id)}, which ends like a replacement generation (-g2, -g3 ...) that the provider adds to names; choose an Id that does not end in -g and digits.";

    /// <summary>BS0504, for an Id; the base name leaves one character of <paramref name="maxBaseLength"/> for the separator.</summary>
    public static string IdMakesNameTooLong(string id, int nameLength, int maxBaseLength) =>
        $"Id {Quoted.Value(id)} makes the Batch name {nameLength} characters long; Name and Id together must stay within {maxBaseLength - 1} characters.";

    /// <summary>BS0505; <paramref name="firstPath"/> is where the Id was first used.</summary>
    public static string DuplicateId(string id, PropertyPath firstPath, string family) => $"Id {Quoted.Value(id)} is already used by {firstPath}; Ids must be unique within {family}.";

    /// <summary>BS0506.</summary>
    public static string RegionQuota(string family, int count, int max) =>
        $"{family} has {count} items; Batch allows {max} per Region by default, so creation will fail unless the quota was raised.";

    /// <summary>BS0507.</summary>
    public static string TagCount(int count, int max) =>
        $"Tags come to {count} on this resource (stack tags, its own tags and the provider's 3 ownership tags); Batch allows at most {max}.";

    /// <summary>BS0508, for a key.</summary>
    public static string TagKeyLength(string key) => key.Length == 0
        ? "Tag key is empty; use 1 to 128 characters."
        : $"Tag key {Quoted.Value(key)} is longer than 128 characters; use 1 to 128 characters.";

    /// <summary>BS0508, for a value.</summary>
    public static string TagValueLength(string key, int valueLength) => $"Tag {Quoted.Bare(key)} has a value {valueLength} characters long; use at most 256 characters.";

    /// <summary>BS0509, aws: keys.</summary>
    public static string TagAwsPrefix(string key) => $"Tag key {Quoted.Value(key)} starts with aws:, which AWS reserves; choose another key.";

    /// <summary>BS0509, batchprovider: keys; <paramref name="ownershipTag"/> names one of the provider's tags.</summary>
    public static string TagProviderPrefix(string key, string ownershipTag) =>
        $"Tag key {Quoted.Value(key)} starts with batchprovider:, which the provider's ownership tags ({ownershipTag}, ...) use; choose another key.";
}
