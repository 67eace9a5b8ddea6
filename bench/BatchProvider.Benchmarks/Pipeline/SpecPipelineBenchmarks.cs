using BatchProvider.Benchmarks.Specs;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Parsing;
using BatchProvider.Domain.Spec;
using BatchProvider.Domain.Validation.JobDefinitions;
using BatchProvider.Domain.Validation;
using BatchProvider.Testing.Time;
using BenchmarkDotNet.Attributes;

namespace BatchProvider.Benchmarks.Pipeline;

/// <summary>
/// The spec pipeline stage by stage (load YAML → Node, parse → BatchStackSpec, expand → DesiredState, validate: every
/// rule, sort the diagnostics in input order) and as a whole (load + <see cref="SpecPipeline.Run"/>), over the example
/// and generated stacks of 10, 100 and 1,000 resources. Each stage starts from the previous stage's output, prepared
/// once in <see cref="Setup"/>. The <c>PerResource</c> column divides the median by the input's resource count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PipelineConfig))]
public class SpecPipelineBenchmarks
{
    private string _text = "";
    private IReadOnlyDictionary<string, string> _parameters = new Dictionary<string, string>();
    private MapNode _properties = null!;
    private BatchStackSpec _spec = null!;
    private DesiredState _desired = null!;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>The input: the public example or a generated stack's resource count.</summary>
    [Params(BenchmarkInputs.Example, "10", "100", "1000")]
    public string Input { get; set; } = BenchmarkInputs.Example;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.Text(Input);
        _parameters = BenchmarkInputs.Parameters(Input);
        _properties = (MapNode)BenchmarkInputs.Properties(Input);
        _spec = BatchStackParser.Parse(_properties, new DiagnosticBag())!;
        _desired = StackExpander.Expand(_spec);
        var result = SpecPipeline.Run(_properties, TestDate.Now);
        if (result.HasErrors) throw new InvalidOperationException($"{Input} is invalid: {string.Join("; ", result.Errors)}");
        _diagnostics = result.Diagnostics;
    }

    [Benchmark(Description = "1 load")]
    public TemplateLoadResult Load() => TemplateLoader.Load(_text, _parameters);

    [Benchmark(Description = "2 parse")]
    public BatchStackSpec? Parse() => BatchStackParser.Parse(_properties, new DiagnosticBag());

    [Benchmark(Description = "3 expand")]
    public DesiredState Expand() => StackExpander.Expand(_spec);

    [Benchmark(Description = "4 validate")]
    public int Validate()
    {
        var diagnostics = new DiagnosticBag();
        var context = new RuleContext(_properties, _spec, _desired, TestDate.Now);
        foreach (var rule in StackRules.All) rule.Check(context, diagnostics);
        foreach (var (jobDefinition, expanded) in _spec.JobDefinitions.Zip(_desired.JobDefinitions))
            JobDefinitionRules.Validate(jobDefinition, expanded, _desired, diagnostics);
        return diagnostics.Items.Count;
    }

    [Benchmark(Description = "4b sort diagnostics")]
    public System.Collections.Immutable.ImmutableArray<Diagnostic> Sort() => DiagnosticSort.Sort(_properties, _diagnostics);

    [Benchmark(Description = "5 whole pipeline")]
    public SpecPipelineResult Whole() => SpecPipeline.Run(TemplateLoader.Load(_text, _parameters).Stacks[0].Properties, TestDate.Now);
}
