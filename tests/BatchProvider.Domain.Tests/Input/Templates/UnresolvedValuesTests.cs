using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input.Templates;

namespace BatchProvider.Domain.Tests.Input.Templates;

public sealed class UnresolvedValuesTests
{
    private const string Template = """
        Parameters:
          Subnets: { Type: "List<AWS::EC2::Subnet::Id>" }
          Role: { Type: String }
          Prefix: { Type: String, Default: research }
        Resources:
          S:
            Type: Custom::BatchStack
            Properties:
              ServiceToken: !ImportValue Token
              Name: !Sub "${Prefix}"
              Defaults: { Subnets: !Ref Subnets }
              JobDefinitions:
                - { Id: a, Kind: Container, Image: "x", JobRole: !Ref Role }
                - { Id: b, Kind: Container, Image: "x", JobRole: !Join ["", [!Ref Role, "-b"]] }
                - { Id: c, Kind: Container, Image: "x", ExecutionRole: !GetAtt R.Arn }
        """;

    [Theory]
    [InlineData("", "Defaults.Subnets=Subnets|JobDefinitions[0].JobRole=Role|JobDefinitions[1].JobRole=Role|JobDefinitions[2].ExecutionRole=")]
    [InlineData("Role=arn:aws:iam::1:role/r", "Defaults.Subnets=Subnets|JobDefinitions[2].ExecutionRole=")]
    [InlineData("Role=arn:aws:iam::1:role/r,Subnets=subnet-1", "JobDefinitions[2].ExecutionRole=")]
    public void Errors_NameEveryPathAndTheParametersWithoutAValue_ButNotTheServiceToken(string given, string expected)
    {
        var parameters = given.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var stack = TemplateLoader.Load(Template, parameters).Stacks.Single();

        var errors = UnresolvedValues.Errors(stack.Properties);

        Assert.All(errors, e => Assert.Equal((Severity.Error, DiagnosticCodes.MissingParameterValue), (e.Severity, e.Code)));
        Assert.Equal(expected, string.Join('|', errors.Select(e => $"{e.Path}={string.Join(',', Named(e.Message))}")));
    }

    [Fact]
    public void Errors_SayHowToGiveTheMissingValue()
    {
        var error = UnresolvedValues.Errors(TemplateLoader.Load(Template, new Dictionary<string, string>()).Stacks.Single().Properties)[0];

        Assert.Equal("The value is !Ref Subnets and parameter Subnets has no value; give --parameters Subnets=VALUE.", error.Message);
    }

    private static IEnumerable<string> Named(string message) =>
        System.Text.RegularExpressions.Regex.Matches(message, @"--parameters (\w+)=VALUE").Select(m => m.Groups[1].Value);
}
