using System.Text.Json.Serialization;

namespace BatchProvider.Domain.Planning.Operations;

/// <summary>
/// The literal work of one <see cref="Step"/>: one Batch call with its exact request, or one wait. Every fact the
/// applier needs is a field here; it adds nothing and decides nothing.
/// </summary>
/// <remarks>
/// Common contract: every request is complete (names, ARNs and tags are filled in; see <see cref="PlanOptions.ArnPrefix"/>).
/// Operations that remove or disable something state in <c>NotFoundIsDone</c> whether Batch's "does not exist"
/// (a 400 ClientException whose message contains "does not exist") counts as success.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NoChange), nameof(NoChange))]
[JsonDerivedType(typeof(CreateComputeEnvironment), nameof(CreateComputeEnvironment))]
[JsonDerivedType(typeof(UpdateComputeEnvironment), nameof(UpdateComputeEnvironment))]
[JsonDerivedType(typeof(DeleteComputeEnvironment), nameof(DeleteComputeEnvironment))]
[JsonDerivedType(typeof(WaitForComputeEnvironment), nameof(WaitForComputeEnvironment))]
[JsonDerivedType(typeof(CreateJobQueue), nameof(CreateJobQueue))]
[JsonDerivedType(typeof(UpdateJobQueue), nameof(UpdateJobQueue))]
[JsonDerivedType(typeof(DeleteJobQueue), nameof(DeleteJobQueue))]
[JsonDerivedType(typeof(WaitForJobQueue), nameof(WaitForJobQueue))]
[JsonDerivedType(typeof(CreateSchedulingPolicy), nameof(CreateSchedulingPolicy))]
[JsonDerivedType(typeof(UpdateSchedulingPolicy), nameof(UpdateSchedulingPolicy))]
[JsonDerivedType(typeof(DeleteSchedulingPolicy), nameof(DeleteSchedulingPolicy))]
[JsonDerivedType(typeof(RegisterJobDefinition), nameof(RegisterJobDefinition))]
[JsonDerivedType(typeof(DeregisterJobDefinition), nameof(DeregisterJobDefinition))]
[JsonDerivedType(typeof(TagResource), nameof(TagResource))]
[JsonDerivedType(typeof(UntagResource), nameof(UntagResource))]
public abstract record StepOperation
{
    private protected StepOperation()
    {
    }

    /// <summary>Double dispatch: calls the visitor method for this operation.</summary>
    public abstract TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor);
}

/// <summary>
/// One method per <see cref="StepOperation"/>: the exhaustive switch for the applier (adding an operation adds a
/// method here, which breaks every visitor at compile time).
/// </summary>
public interface IStepOperationVisitor<out TResult>
{
    /// <summary>Do nothing.</summary>
    TResult Visit(NoChange operation);
    /// <summary>Send CreateComputeEnvironment.</summary>
    TResult Visit(CreateComputeEnvironment operation);
    /// <summary>Send UpdateComputeEnvironment.</summary>
    TResult Visit(UpdateComputeEnvironment operation);
    /// <summary>Send DeleteComputeEnvironment, retrying as the operation says.</summary>
    TResult Visit(DeleteComputeEnvironment operation);
    /// <summary>Poll DescribeComputeEnvironments.</summary>
    TResult Visit(WaitForComputeEnvironment operation);
    /// <summary>Send CreateJobQueue.</summary>
    TResult Visit(CreateJobQueue operation);
    /// <summary>Send UpdateJobQueue.</summary>
    TResult Visit(UpdateJobQueue operation);
    /// <summary>Send DeleteJobQueue (after draining when asked).</summary>
    TResult Visit(DeleteJobQueue operation);
    /// <summary>Poll DescribeJobQueues.</summary>
    TResult Visit(WaitForJobQueue operation);
    /// <summary>Send CreateSchedulingPolicy.</summary>
    TResult Visit(CreateSchedulingPolicy operation);
    /// <summary>Send UpdateSchedulingPolicy.</summary>
    TResult Visit(UpdateSchedulingPolicy operation);
    /// <summary>Send DeleteSchedulingPolicy.</summary>
    TResult Visit(DeleteSchedulingPolicy operation);
    /// <summary>Send RegisterJobDefinition.</summary>
    TResult Visit(RegisterJobDefinition operation);
    /// <summary>Send DeregisterJobDefinition.</summary>
    TResult Visit(DeregisterJobDefinition operation);
    /// <summary>Send TagResource.</summary>
    TResult Visit(TagResource operation);
    /// <summary>Send UntagResource.</summary>
    TResult Visit(UntagResource operation);
}

/// <summary>The resource already matches the spec; nothing to call.</summary>
public sealed record NoChange : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}
