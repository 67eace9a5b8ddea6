namespace BatchProvider.Domain.Diagnostics;

/// <summary>
/// The catalog of stable diagnostic codes. Tests and docs refer to codes by these names; a code never changes meaning
/// once released. General codes live here; each family adds its own in a partial file beside its rules
/// (<c>DiagnosticCodes.ComputeEnvironments.cs</c> ...). Ranges: BS00xx general, BS01xx compute environments,
/// BS02xx job queues, BS03xx scheduling policies, BS04xx job definitions, BS05xx stack-wide and cross-references.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>A property nobody knows; the message suggests the closest known name.</summary>
    public const string UnknownProperty = "BS0001";

    /// <summary>A value that is an unresolved intrinsic; rules that need it were skipped (warning).</summary>
    public const string UnresolvedValue = "BS0002";

    /// <summary>A value of the wrong type (a list where a string belongs, "ten" where a number belongs).</summary>
    public const string WrongType = "BS0003";

    /// <summary>A number, duration or size outside its allowed range.</summary>
    public const string OutOfRange = "BS0004";

    /// <summary>A required property is missing.</summary>
    public const string RequiredPropertyMissing = "BS0005";

    /// <summary>A value not in the property's set of allowed values.</summary>
    public const string InvalidEnumValue = "BS0006";

    /// <summary>A property that exists for another kind of the same family, but not this one.</summary>
    public const string PropertyNotInKind = "BS0007";

    /// <summary>The document could not be read at all (not YAML/JSON, no BatchStack resource ...).</summary>
    public const string UnreadableDocument = "BS0008";

    /// <summary>A template parameter value was given for a parameter the template does not declare (warning).</summary>
    public const string UnknownParameter = "BS0009";

    /// <summary>
    /// A value still unresolved where requests go to Batch outside CloudFormation (<c>plan</c>, <c>deploy</c>): a
    /// parameter without a value, or an intrinsic only CloudFormation resolves.
    /// </summary>
    public const string MissingParameterValue = "BS0010";

    /// <summary>An intrinsic function nobody knows (<c>!Bogus x</c>), or a known one with an argument of the wrong shape (<c>!Ref {}</c>).</summary>
    public const string InvalidIntrinsic = "BS0020";

    /// <summary>A <c>Ref</c> (or <c>Fn::Sub</c> variable) naming neither a parameter, a resource nor a pseudo parameter.</summary>
    public const string UndeclaredReference = "BS0021";
}
