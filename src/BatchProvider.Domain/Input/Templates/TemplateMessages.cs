namespace BatchProvider.Domain.Input.Templates;

/// <summary>Message templates of the template reader and intrinsic resolver, in one catalog; the path travels separately in the diagnostic.</summary>
public static class TemplateMessages
{
    /// <summary>{0} the intrinsic in short form, {1} " Did you mean ...?" or empty.</summary>
    public const string UnknownFunction =
        "{0} is not a CloudFormation intrinsic function; use Ref, Fn::Sub, Fn::Join, Fn::GetAtt, Fn::ImportValue or another function of the template reference.{1}";

    /// <summary>{0} what the argument is.</summary>
    public const string MalformedRef =
        "Ref takes the name of a parameter, a resource or a pseudo parameter (a string), not {0}.";

    /// <summary>{0} the name, {1} " Did you mean ...?" or empty.</summary>
    public const string UndeclaredReference =
        "'{0}' is neither a parameter nor a resource of this template, nor a pseudo parameter (AWS::Region, AWS::AccountId ...); declare it under Parameters or fix the name.{1}";

    /// <summary>{0} the key. The same text for JSON and YAML, after the reader's "(line, column)".</summary>
    public const string DuplicateKey =
        "the key '{0}' appears more than once in one object; give each key once.";

    /// <summary>{0} the limit.</summary>
    public const string TooDeep =
        "The document nests lists or objects more than {0} levels deep; a BatchStack never needs that.";
}
