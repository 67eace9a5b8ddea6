using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Input.Templates;

namespace BatchProvider.Domain.Tests.Input.Templates;

public class TemplateLoaderTests
{
    private const string Template = """
        Mappings:
          Sizes: { prod: { max: 512, subnets: [subnet-a, subnet-b] } }
        Parameters:
          Subnets: { Type: "List<AWS::EC2::Subnet::Id>" }
          Groups: { Type: CommaDelimitedList, Default: "sg-1, sg-2" }
          Role: { Type: String }
          Env: { Type: String }
          Prefix: { Type: String }
          Size: { Type: Number, Default: 64 }
          Ami: { Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/service/ecs/optimized-ami }
        Resources:
          Bucket: { Type: AWS::S3::Bucket }
          Research:
            Type: Custom::BatchStack
            Properties:
              ServiceToken: !ImportValue BatchProviderServiceToken
              Name: !Sub "${Prefix}-x"
              Value: VALUE
        """;

    private static Node Load(string text, string valueYaml, params (string Key, string Value)[] parameters)
    {
        var result = TemplateLoader.Load(text.Replace("VALUE", valueYaml, StringComparison.Ordinal), parameters.ToDictionary(p => p.Key, p => p.Value));
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        var properties = Assert.IsType<MapNode>(Assert.Single(result.Stacks).Properties);
        return properties.Get("Value")!;
    }

    [Theory]
    [InlineData("!Ref Size", "64")]
    [InlineData("!Ref Role", "arn:aws:iam::1:role/r")]
    [InlineData("!Sub \"${Role}/x\"", "arn:aws:iam::1:role/r/x")]
    [InlineData("!Sub [\"${A}-${Size}\", { A: a }]", "a-64")]
    [InlineData("!Sub \"${!Literal}\"", "${Literal}")]
    [InlineData("!Join [\",\", [a, !Ref Size]]", "a,64")]
    [InlineData("!Join [\"+\", !Ref Groups]", "sg-1+sg-2")]
    [InlineData("!Select [1, !Ref Groups]", "sg-2")]
    [InlineData("{ \"Fn::Join\": [\"-\", [x, y]] }", "x-y")]
    [InlineData("{ Ref: Size }", "64")]
    [InlineData("!FindInMap [Sizes, prod, max]", "512")]
    [InlineData("!FindInMap [Sizes, !Ref Env, max]", "512")]
    public void Intrinsic_WhenResolvable_BecomesAScalar(string yaml, string expected)
    {
        var node = Load(Template, yaml, ("Role", "arn:aws:iam::1:role/r"), ("Env", "prod"));
        Assert.Equal(expected, Assert.IsType<ScalarNode>(node).Value);
        Assert.Equal("Value", node.Path.ToString());
    }

    [Theory]
    [InlineData("!ImportValue BatchProviderServiceToken", "!ImportValue BatchProviderServiceToken")]
    [InlineData("!GetAtt Bucket.Arn", "!GetAtt Bucket.Arn")]
    [InlineData("{ \"Fn::GetAtt\": [Bucket, Arn] }", "!GetAtt Bucket.Arn")]
    [InlineData("!Ref Role", "!Ref Role")]
    [InlineData("!Ref AWS::Region", "!Ref AWS::Region")]
    [InlineData("!Ref Bucket", "!Ref Bucket")]
    [InlineData("!Ref Ami", "!Ref Ami")]
    [InlineData("!Sub \"${AWS::AccountId}-x\"", "!Sub ${AWS::AccountId}-x")]
    [InlineData("!If [Cond, a, b]", "!If [Cond, a, b]")]
    [InlineData("!Equals [a, b]", "!Equals [a, b]")]
    [InlineData("!FindInMap [M, k, v]", "!FindInMap [M, k, v]")]
    [InlineData("!FindInMap [Sizes, !Ref AWS::Region, max]", "!FindInMap [Sizes, (!Ref AWS::Region), max]")]
    [InlineData("!Base64 text", "!Base64 text")]
    [InlineData("!GetAZs ''", "!GetAZs ")]
    [InlineData("!Condition IsProd", "!Condition IsProd")]
    [InlineData("!Join [\",\", [a, !ImportValue X]]", "!Join [,, [a, (!ImportValue X)]]")]
    public void Intrinsic_WhenUnknownBeforeDeploy_BecomesOpaque(string yaml, string expression)
    {
        var node = Load(Template, yaml);
        Assert.Equal(expression, Assert.IsType<OpaqueNode>(node).Expression);
        Assert.Equal("Value", node.Path.ToString());
    }

    [Fact]
    public void ListParameter_FromCommandLine_BecomesAListWithPaths()
    {
        var node = Assert.IsType<ListNode>(Load(Template, "!Ref Subnets", ("Subnets", "subnet-1,subnet-2")));
        Assert.Equal(["subnet-1", "subnet-2"], node.Items.Select(i => ((ScalarNode)i).Value));
        Assert.Equal("Value[1]", node.Items[1].Path.ToString());
    }

    [Fact]
    public void ListParameter_FromDefault_BecomesAList()
    {
        var node = Assert.IsType<ListNode>(Load(Template, "!Ref Groups"));
        Assert.Equal(["sg-1", "sg-2"], node.Items.Select(i => ((ScalarNode)i).Value));
    }

    [Fact]
    public void CommandLineValue_OverridesTheDefault()
    {
        var node = Load(Template, "!Ref Size", ("Size", "8"));
        Assert.Equal("8", Assert.IsType<ScalarNode>(node).Value);
    }

    [Fact]
    public void NestedValues_KeepPathsRootedAtProperties()
    {
        var node = Assert.IsType<MapNode>(Load(Template, "{ Items: [a, { Deep: !Ref Size }] }"));
        var deep = ((MapNode)((ListNode)node.Get("Items")!).Items[1]).Get("Deep")!;
        Assert.Equal("Value.Items[1].Deep", deep.Path.ToString());
        Assert.Equal("64", Assert.IsType<ScalarNode>(deep).Value);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void PlainNull_BecomesNullNode(string yaml) => Assert.IsType<NullNode>(Load(Template, yaml));

    [Fact]
    public void QuotedEmptyString_StaysAString() => Assert.Equal("", Assert.IsType<ScalarNode>(Load(Template, "\"\"")).Value);

    [Fact]
    public void ServiceToken_IsOpaque_AndSubWithUnknownVariableIsOpaque()
    {
        var result = TemplateLoader.Load(Template.Replace("VALUE", "x", StringComparison.Ordinal), new Dictionary<string, string>());
        var properties = (MapNode)result.Stacks[0].Properties;
        Assert.Equal("!ImportValue BatchProviderServiceToken", Assert.IsType<OpaqueNode>(properties.Get("ServiceToken")).Expression);
        Assert.IsType<OpaqueNode>(properties.Get("Name"));
        Assert.Equal("Research", result.Stacks[0].LogicalId);
    }

    [Fact]
    public void JsonTemplate_IsRead()
    {
        const string json = """
            { "Parameters": { "Size": { "Type": "Number", "Default": "4" } },
              "Resources": { "S": { "Type": "Custom::BatchStack", "Properties": { "Name": "j", "Max": { "Ref": "Size" }, "T": { "Fn::ImportValue": "X" }, "B": true, "N": 1.5 } } } }
            """;
        var result = TemplateLoader.Load(json, new Dictionary<string, string>());
        var properties = Assert.IsType<MapNode>(Assert.Single(result.Stacks).Properties);
        Assert.Equal("4", ((ScalarNode)properties.Get("Max")!).Value);
        Assert.Equal("!ImportValue X", ((OpaqueNode)properties.Get("T")!).Expression);
        Assert.Equal("true", ((ScalarNode)properties.Get("B")!).Value);
        Assert.Equal("1.5", ((ScalarNode)properties.Get("N")!).Value);
    }

    [Fact]
    public void BareSpec_IsOneStackWithoutLogicalId()
    {
        var result = TemplateLoader.Load("Name: bare\nComputeEnvironments: []", new Dictionary<string, string>());
        var stack = Assert.Single(result.Stacks);
        Assert.Null(stack.LogicalId);
        Assert.Equal("bare", ((ScalarNode)((MapNode)stack.Properties).Get("Name")!).Value);
    }

    [Fact]
    public void SeveralBatchStacks_AreAllFound_InTemplateOrder()
    {
        const string yaml = """
            Resources:
              A: { Type: Custom::BatchStack, Properties: { Name: a } }
              Other: { Type: AWS::SNS::Topic }
              B: { Type: AWS::CloudFormation::CustomResource, Properties: { Name: b, JobQueues: [] } }
              C: { Type: AWS::CloudFormation::CustomResource, Properties: { Name: c } }
            """;
        var result = TemplateLoader.Load(yaml, new Dictionary<string, string>());
        Assert.Equal(["A", "B"], result.Stacks.Select(s => s.LogicalId));
    }

    [Theory]
    [InlineData("Name: [unclosed", "line 2, column 1")]
    [InlineData("a: 1\n  b: 2\n c: 3", "line 2")]
    [InlineData("{ \"Name\": ", "line 1")]
    [InlineData("{ \"a\": 1,\n \"b\": }", "line 2")]
    [InlineData("Resources:\n  X: { Type: AWS::SNS::Topic }", "no resource of type Custom::BatchStack")]
    [InlineData("- just\n- a list", "give a CloudFormation template")]
    [InlineData("", "empty")]
    public void UnreadableDocument_IsADiagnosticWithWhere(string text, string expected)
    {
        var result = TemplateLoader.Load(text, new Dictionary<string, string>());
        Assert.True(result.Failed);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnreadableDocument, d.Code);
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasBomb_IsRejected_NotExpanded()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++) lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        var result = TemplateLoader.Load(string.Join("\n", lines), new Dictionary<string, string>());
        Assert.True(result.Failed);
        Assert.Contains("more than", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: ", "[", "]")]
    [InlineData("a: ", "{b: ", "}")]
    public void DeepFlowNesting_IsRejected_BeforeParsing(string start, string open, string close)
    {
        var text = start + string.Concat(Enumerable.Repeat(open, 50_000)) + string.Concat(Enumerable.Repeat(close, 50_000));
        var result = TemplateLoader.Load(text, new Dictionary<string, string>());
        Assert.Contains("levels deep", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!Ref NoSuchThing", "Value", DiagnosticCodes.UndeclaredReference,
        "'NoSuchThing' is neither a parameter nor a resource of this template, nor a pseudo parameter (AWS::Region, AWS::AccountId ...); declare it under Parameters or fix the name.")]
    [InlineData("!Ref Sise", "Value", DiagnosticCodes.UndeclaredReference, "Did you mean 'Size'?")]
    [InlineData("!Sub \"${Nope}-x\"", "Value", DiagnosticCodes.UndeclaredReference, "'Nope'")]
    [InlineData("!Sub \"${Nope.Arn}\"", "Value", DiagnosticCodes.UndeclaredReference, "'Nope'")]
    [InlineData("[a, !Ref AWS::Regoin]", "Value[1]", DiagnosticCodes.UndeclaredReference, "Did you mean 'AWS::Region'?")]
    [InlineData("{ A: { Ref: Nope } }", "Value.A", DiagnosticCodes.UndeclaredReference, "'Nope'")]
    [InlineData("!Ref {}", "Value", DiagnosticCodes.InvalidIntrinsic, "Ref takes the name of a parameter, a resource or a pseudo parameter (a string), not an object.")]
    [InlineData("!Ref [[[]]]", "Value", DiagnosticCodes.InvalidIntrinsic, "not a list")]
    [InlineData("!Bogus x", "Value", DiagnosticCodes.InvalidIntrinsic,
        "!Bogus x is not a CloudFormation intrinsic function; use Ref, Fn::Sub, Fn::Join, Fn::GetAtt, Fn::ImportValue or another function of the template reference.")]
    [InlineData("!Sbu x", "Value", DiagnosticCodes.InvalidIntrinsic, "Did you mean 'Sub'?")]
    [InlineData("{ \"Fn::Nope\": x }", "Value", DiagnosticCodes.InvalidIntrinsic, "!Nope x")]
    public void Intrinsic_WhenMalformedOrUndeclared_IsAnErrorAtItsPath(string yaml, string path, string code, string expected)
    {
        var result = TemplateLoader.Load(Template.Replace("VALUE", yaml, StringComparison.Ordinal), new Dictionary<string, string>());
        Assert.True(result.Failed);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((code, path), (d.Code, d.Path.ToString()));
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Intrinsic_InABareSpec_IsNotCheckedAgainstDeclarations()
    {
        var result = TemplateLoader.Load("Name: bare\nMax: !Ref Anything", new Dictionary<string, string>());
        Assert.Empty(result.Diagnostics);
        Assert.IsType<OpaqueNode>(((MapNode)Assert.Single(result.Stacks).Properties).Get("Max"));
    }

    [Theory]
    [InlineData("{ \"Name\": \"a\",\n  \"Name\": \"b\" }", "line 2, position 3): the key 'Name' appears more than once in one object; give each key once.")]
    [InlineData("{ \"Resources\": { \"S\": { \"Type\": \"Custom::BatchStack\", \"Properties\": { \"Q\": [ { \"Id\": 1, \"Id\": 2 } ] } } } }", "the key 'Id' appears more than once")]
    [InlineData("Name: a\nName: b", "line 2, column 1): the key 'Name' appears more than once in one object; give each key once.")]
    [InlineData("Q: [ { Id: 1, Id: 2 } ]", "the key 'Id' appears more than once")]
    public void DuplicateKey_IsRejected_TheSameWayInJsonAndYaml(string text, string expected)
    {
        var result = TemplateLoader.Load(text, new Dictionary<string, string>());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnreadableDocument, d.Code);
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20_000, "- ", true)]
    [InlineData(201, "- ", true)]
    [InlineData(200, "- ", false)]
    [InlineData(1_000, "a: ", true)]
    public void DeepBlockNesting_IsRejected_AtTheFlowLimit(int depth, string level, bool rejected)
    {
        var text = level == "- "
            ? string.Concat(Enumerable.Repeat("- ", depth)) + "x"
            : string.Join("\n", Enumerable.Range(0, depth).Select(i => new string(' ', i) + "a:")) + " x";
        var result = TemplateLoader.Load(text, new Dictionary<string, string>());
        Assert.Equal(rejected, result.Diagnostics.Any(d => d.Message.Contains("more than 200 levels deep", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    [InlineData(20_000, true)]
    public void DeepJsonNesting_IsRejected_AtTheYamlLimit(int depth, bool rejected)
    {
        var text = "{\"Name\": " + string.Concat(Enumerable.Repeat("[", depth - 1)) + string.Concat(Enumerable.Repeat("]", depth - 1)) + "}";
        var result = TemplateLoader.Load(text, new Dictionary<string, string>());
        Assert.Equal(rejected, result.Failed);
        Assert.Equal(rejected, result.Diagnostics.Any(d => d.Code == DiagnosticCodes.UnreadableDocument
            && d.Message == "The document nests lists or objects more than 200 levels deep; a BatchStack never needs that."));
    }

    [Fact]
    public void UndeclaredParameter_IsAWarning()
    {
        var result = TemplateLoader.Load(Template.Replace("VALUE", "x", StringComparison.Ordinal), new Dictionary<string, string> { ["Nope"] = "1" });
        Assert.False(result.Failed);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownParameter && d.Severity == Severity.Warning);
    }

    [Fact]
    public void ResourceProperties_FromAnEvent_BecomeNodes()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("""{ "Name": "r", "ComputeEnvironments": [ { "Id": "c", "MaxvCpus": "8" } ] }""");
        var node = Assert.IsType<MapNode>(JsonNodeReader.FromResourceProperties(doc.RootElement));
        var max = ((MapNode)((ListNode)node.Get("ComputeEnvironments")!).Items[0]).Get("MaxvCpus")!;
        Assert.Equal("ComputeEnvironments[0].MaxvCpus", max.Path.ToString());
    }
}
