package org.openderm.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemBankTest {

  @TempDir Path dir;

  @Test
  void load_readsBothSources_keepsOneImagePerLesion_andSkipsMissingFiles() throws IOException {
    write(
        "isic-557/labels.csv",
        "image_id,diagnosis,benign_malignant,age_approx,sex,diagnosis_confirm_type,"
            + "original_width,original_height\n"
            + "ISIC_1,melanoma,malignant,60,female,histopathology,1022,767\n"
            + "ISIC_2,nevus,benign,30,male,,1022,767\n"
            + "ISIC_3,seborrheic keratosis,benign,70,male,,1022,767\n"
            + "ISIC_4,nevus,benign,,male,,1022,767\n");
    images("isic-557", "ISIC_1", "ISIC_2", "ISIC_3");
    write(
        "ham10000/metadata.csv",
        "lesion_id,image_id,dx,dx_type,age,sex,localization\n"
            + "HAM_1,ISIC_0002,bkl,histo,80.0,male,scalp\n"
            + "HAM_1,ISIC_0001,bkl,histo,80.0,male,scalp\n"
            + "HAM_2,ISIC_0003,df,consensus,45.0,female,unknown\n");
    images("ham10000", "ISIC_0001", "ISIC_0002", "ISIC_0003");

    ItemBank bank = ItemBank.load(dir);

    assertThat(bank.size(ImageSource.ISIC_557)).isEqualTo(2); // ISIC_3 not a class, ISIC_4 no file
    QuizItem mel = bank.find("isic-557/ISIC_1").orElseThrow();
    assertThat(mel.truth()).isEqualTo(LesionClass.MEL);
    assertThat(mel.confirmation()).isEqualTo(Confirmation.HISTOPATHOLOGY);
    assertThat(mel.choices()).containsExactly(LesionClass.MEL, LesionClass.NV);
    assertThat(bank.find("isic-557/ISIC_2").orElseThrow().confirmation())
        .isEqualTo(Confirmation.NOT_STATED);

    assertThat(bank.size(ImageSource.HAM10000)).isEqualTo(2);
    assertThat(bank.find("ham10000/ISIC_0001")).isPresent(); // lowest image id of lesion HAM_1
    assertThat(bank.find("ham10000/ISIC_0002")).isEmpty();
    QuizItem df = bank.find("ham10000/ISIC_0003").orElseThrow();
    assertThat(df.confirmation()).isEqualTo(Confirmation.CONSENSUS);
    assertThat(df.site()).isNull();
    assertThat(df.ageApprox()).isEqualTo(45);
    assertThat(bank.skipped()).isEqualTo(3);
    assertThat(bank.imagePath(df)).isEqualTo(dir.resolve("ham10000/images/ISIC_0003.jpg"));
  }

  @Test
  void load_withoutData_givesAnEmptyBank() {
    ItemBank bank = ItemBank.load(dir.resolve("nowhere"));
    assertThat(bank.size()).isZero();
    assertThat(bank.find("isic-557/ISIC_0000000")).isEmpty();
    assertThat(bank.find(null)).isEmpty();
  }

  @Test
  void load_sharedDataSets_matchTheirPublishedCounts() {
    Path shared = Path.of("../../shared/data");
    assumeTrue(Files.isDirectory(shared.resolve("isic-557")), "shared data not present");
    ItemBank bank = ItemBank.load(shared);
    // README: melanoma 159 (all histopathology-confirmed), nevus 396.
    assertThat(bank.items(ImageSource.ISIC_557, LesionClass.MEL)).hasSize(159);
    assertThat(bank.items(ImageSource.ISIC_557, LesionClass.NV)).hasSize(396);
    assertThat(bank.items(ImageSource.ISIC_557, LesionClass.MEL))
        .allMatch(i -> i.confirmation() == Confirmation.HISTOPATHOLOGY);
    // 10,015 images of 7,470 lesions: one item per lesion.
    assertThat(bank.size(ImageSource.HAM10000)).isEqualTo(7470);
  }

  private void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void images(String source, String... ids) throws IOException {
    Files.createDirectories(dir.resolve(source).resolve("images"));
    for (String id : ids) {
      Files.write(dir.resolve(source).resolve("images").resolve(id + ".jpg"), new byte[] {1});
    }
  }
}
