using System.Net;
using BatchProvider.Lambda.Aws.Http;

namespace BatchProvider.Lambda.Tests.Aws.Http;

public sealed class AwsErrorReaderTests
{
    public static TheoryData<int, string, string?, string?, string, bool, bool, bool> Rows => new()
    {
        // status, body, x-amzn-ErrorType, x-amzn-query-error, code, not found, throttling, server error
        { 400, """{"__type":"ClientException","message":"Job queue q does not exist"}""", "ClientException", null, "ClientException", true, false, false },
        { 400, """{"message":"Compute environment arn:aws:batch:... not found"}""", "ClientException:http://internal.amazon.com/coral/com.amazonaws.batch/", null, "ClientException", true, false, false },
        { 429, """{"__type":"TooManyRequestsException","message":"Too Many Requests"}""", "TooManyRequestsException", null, "TooManyRequestsException", false, true, false },
        { 429, """{"message":"Too Many Requests."}""", null, null, "TooManyRequestsException", false, true, false },
        { 500, """{"__type":"ServerException","message":"Internal"}""", null, null, "ServerException", false, false, true },
        { 503, "<html>Service Unavailable</html>", null, null, "ServiceUnavailable", false, false, true },
        { 502, "", null, null, "Http502", false, false, true },
        { 501, "", null, null, "Http501", false, false, false },
        { 400, """{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}""", null, "AWS.SimpleQueueService.NonExistentQueue;Sender", "AWS.SimpleQueueService.NonExistentQueue", true, false, false },
        { 400, """{"__type":"com.amazon.coral.availability#ThrottlingException","message":"Rate exceeded"}""", null, null, "ThrottlingException", false, true, false },
        { 403, """{"Message":"User: x is not authorized to perform: batch:SubmitJob"}""", "AccessDeniedException", null, "AccessDeniedException", false, false, false },
        { 400, """{"code":"InvalidParameterValue","message":"bad"}""", null, null, "InvalidParameterValue", false, false, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Read_MapsCodeAndClassification(int status, string body, string? errorType, string? queryError, string code, bool notFound, bool throttling, bool serverError)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-1");
        if (errorType is not null)
        {
            response.Headers.TryAddWithoutValidation("x-amzn-ErrorType", errorType);
        }

        if (queryError is not null)
        {
            response.Headers.TryAddWithoutValidation("x-amzn-query-error", queryError);
        }

        var error = AwsErrorReader.Read("batch", status, response.Headers, System.Text.Encoding.UTF8.GetBytes(body));

        Assert.Equal((code, notFound, throttling, serverError, "req-1", status), (error.ErrorCode, error.IsNotFound, error.IsThrottling, error.IsServerError, error.RequestId, error.StatusCode));
    }

    [Fact]
    public void Read_MessageNamesServiceCodeStatusAndRequest()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "abc");

        var error = AwsErrorReader.Read("batch", 400, response.Headers, """{"__type":"ClientException","message":"Job queue q does not exist"}"""u8);

        Assert.Equal("batch ClientException (400): Job queue q does not exist [request abc]", error.Message);
        Assert.True(error.IsNotFound);
        Assert.False(error.IsAccessDenied);
    }
}
