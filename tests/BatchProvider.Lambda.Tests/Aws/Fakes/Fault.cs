namespace BatchProvider.Lambda.Tests.Aws.Fakes;

/// <summary>A fault the <see cref="FaultInjectingHandler"/> can inject into one attempt.</summary>
public enum Fault
{
    /// <summary>Forward the request untouched.</summary>
    None,

    /// <summary>Answer 429 in Batch's throttling shape without forwarding: the service never saw the request.</summary>
    Throttle,

    /// <summary>Answer 500 InternalServerError without forwarding (a front-end failure).</summary>
    ServerError,

    /// <summary>Answer 503 ServiceUnavailable without forwarding.</summary>
    ServiceUnavailable,

    /// <summary>Fail to connect: HttpRequestException(ConnectionError) before anything is sent.</summary>
    DropBeforeSend,

    /// <summary>Forward the request (the service acts on it), then lose the answer: HttpRequestException(ResponseEnded).</summary>
    DropAfterSend,

    /// <summary>Wait <see cref="FaultInjectingHandler.SlowDelay"/> on the injected clock before forwarding.</summary>
    Slow,
}
