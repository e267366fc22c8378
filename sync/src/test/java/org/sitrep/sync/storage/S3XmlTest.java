package org.sitrep.sync.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class S3XmlTest {

  @Test
  void readsKeysTruncationAndTheContinuationToken() throws Exception {
    String xml =
        "<?xml version='1.0' encoding='UTF-8'?><ListBucketResult"
            + " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
            + "<Contents><Key>t1/devices/a/seg/1.seg</Key><Size>1</Size></Contents>"
            + "<Contents><Key>t1/devices/a/seg/2.seg</Key><Size>1</Size></Contents>"
            + "<IsTruncated>true</IsTruncated>"
            + "<NextContinuationToken>t1/devices/a/seg/2.seg</NextContinuationToken>"
            + "</ListBucketResult>";
    S3Xml.ListPage page = S3Xml.listPage(xml.getBytes(UTF_8));
    assertThat(page.keys()).containsExactly("t1/devices/a/seg/1.seg", "t1/devices/a/seg/2.seg");
    assertThat(page.truncated()).isTrue();
    assertThat(page.nextToken()).contains("t1/devices/a/seg/2.seg");
  }

  @Test
  void refusesDocumentTypeDeclarationsSoNoEntityIsExpanded() {
    String xxe =
        "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            + "<ListBucketResult><Contents><Key>&x;</Key></Contents></ListBucketResult>";
    assertThatThrownBy(() -> S3Xml.listPage(xxe.getBytes(UTF_8))).isInstanceOf(IOException.class);
    assertThat(S3Xml.errorCode(xxe.getBytes(UTF_8))).isEmpty();
  }

  @Test
  void readsAnErrorCode() {
    String xml = "<Error><Code>SignatureDoesNotMatch</Code><Message>no</Message></Error>";
    assertThat(S3Xml.errorCode(xml.getBytes(UTF_8)))
        .isEqualTo(Optional.of("SignatureDoesNotMatch"));
    assertThat(S3Xml.errorCode("not xml".getBytes(UTF_8))).isEmpty();
    assertThat(S3Xml.errorCode(new byte[0])).isEmpty();
  }
}
