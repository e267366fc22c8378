package org.sitrep.sync.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Against AWS's published values: the "GET Object" example of the S3 SigV4 header-authentication
 * docs, and the "get-vanilla-query-order-key-case" case of the SigV4 test suite.
 */
class S3SignerTest {

  private static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void signsTheAwsGetObjectExample() {
    SortedMap<String, String> headers = new TreeMap<>();
    headers.put("host", "examplebucket.s3.amazonaws.com");
    headers.put("range", "bytes=0-9");
    headers.put("x-amz-content-sha256", EMPTY_SHA256);
    headers.put("x-amz-date", "20130524T000000Z");

    assertThat(S3Signer.canonicalRequest("GET", "/test.txt", Map.of(), headers, EMPTY_SHA256))
        .isEqualTo(
            String.join(
                "\n",
                "GET",
                "/test.txt",
                "",
                "host:examplebucket.s3.amazonaws.com",
                "range:bytes=0-9",
                "x-amz-content-sha256:" + EMPTY_SHA256,
                "x-amz-date:20130524T000000Z",
                "",
                "host;range;x-amz-content-sha256;x-amz-date",
                EMPTY_SHA256));
    assertThat(
            S3Signer.sha256Hex(
                S3Signer.canonicalRequest("GET", "/test.txt", Map.of(), headers, EMPTY_SHA256)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .as("hash of the canonical request, as in the published string to sign")
        .isEqualTo("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");

    S3Signer signer =
        new S3Signer(
            "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");
    assertThat(
            signer.authorization(
                "GET",
                "/test.txt",
                Map.of(),
                headers,
                EMPTY_SHA256,
                Instant.parse("2013-05-24T00:00:00Z")))
        .isEqualTo(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
  }

  @Test
  void sortsQueryParametersAsTheSigV4TestSuiteExpects() {
    SortedMap<String, String> headers = new TreeMap<>();
    headers.put("host", "example.amazonaws.com");
    headers.put("x-amz-date", "20150830T123600Z");
    S3Signer signer =
        new S3Signer(
            "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");
    assertThat(
            signer.authorization(
                "GET",
                "/",
                Map.of("Param2", "value2", "Param1", "value1"),
                headers,
                EMPTY_SHA256,
                Instant.parse("2015-08-30T12:36:00Z")))
        .isEqualTo(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                + "SignedHeaders=host;x-amz-date,"
                + "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
  }

  @Test
  void encodesEverythingButUnreservedCharacters() {
    assertThat(S3Signer.encode("devices/a b+c~d_e.f-g")).isEqualTo("devices%2Fa%20b%2Bc~d_e.f-g");
    assertThat(S3Signer.encode("é")).isEqualTo("%C3%A9");
    assertThat(S3Signer.canonicalQuery(Map.of("prefix", "t1/devices/", "list-type", "2")))
        .isEqualTo("list-type=2&prefix=t1%2Fdevices%2F");
  }

  @Test
  void neverPrintsItsKey() {
    S3Signer signer = new S3Signer("AKID", "CANARY-signer-secret", "us-east-1", "s3");
    assertThat(signer.toString()).doesNotContain("CANARY").doesNotContain("AKID");
  }
}
