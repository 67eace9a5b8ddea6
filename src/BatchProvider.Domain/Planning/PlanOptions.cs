using BatchProvider.Domain.Desired;

namespace BatchProvider.Domain.Planning;

/// <summary>Inputs that steer planning beyond the desired and observed states.</summary>
/// <param name="ArnPrefix">
/// <c>arn:{partition}:batch:{region}:{account}</c> — the prefix of every Batch ARN in the target account and region
/// (see <see cref="BatchArns"/>). The planner needs it because CreateJobQueue only takes a scheduling policy by ARN and
/// the policy may be created by the same plan: Batch ARNs are deterministic
/// (<c>{prefix}:scheduling-policy/{name}</c>, <c>{prefix}:compute-environment/{name}</c>), so every request in the plan
/// is complete and the applier never substitutes anything. The Lambda derives it from the CloudFormation StackId, the
/// CLI from the caller identity (or <see cref="BatchArns.PrefixOf"/> on any observed ARN).
/// </param>
/// <param name="Previous">
/// The desired state of the previous deployment when known (CloudFormation's OldResourceProperties, expanded). Used
/// only to tell <see cref="StepReason.DriftDetected"/> from <see cref="StepReason.SpecChanged"/>; never to decide what to do.
/// </param>
public sealed record PlanOptions(string ArnPrefix, DesiredState? Previous = null);
