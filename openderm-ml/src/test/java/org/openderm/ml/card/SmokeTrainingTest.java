package org.openderm.ml.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openderm.ml.lesion.BatchPredictor;
import org.openderm.ml.lesion.LesionClass;
import org.openderm.ml.lesion.LesionTriage;
import org.openderm.ml.lesion.ModelIntegrityException;
import org.openderm.ml.lesion.TriageModel;
import org.openderm.ml.lesion.TriageResult;
import org.openderm.ml.training.FinishReport;
import org.openderm.ml.training.TrainOptions;
import org.openderm.ml.training.TriageEvaluator;

/** Trains a tiny model for one short epoch on generated images and uses it end to end. */
class SmokeTrainingTest {

  @Test
  void trainsDocumentsLoadsPredictsAndRefusesACorruptModel(@TempDir Path tmp) throws Exception {
    Path data = ham10000Layout(tmp.resolve("ham"), 4);
    Path out = tmp.resolve("model");
    Path isic = isicLayout(data, tmp.resolve("isic"));
    FinishReport r =
        TriagePipeline.run(new TrainOptions(data, out, 1, 7, 8, 28, 0, null, isic, 0.5, 0.9));
    assertThat(r.external().images()).isEqualTo(4);
    assertThat(r.external().melanomas()).isEqualTo(2);
    assertThat(r.epochs()).isEqualTo(1);
    for (String f :
        List.of(
            "lesion-triage-0000.params",
            "triage.properties",
            "ood.bin",
            "SHA256SUMS",
            "split.csv",
            "metrics.csv",
            "model-card.json",
            "model-card.md",
            "roc.png",
            "reliability.png",
            "confusion.png")) {
      assertThat(out.resolve(f)).exists();
    }
    assertThat(Files.readString(out.resolve("model-card.md")))
        .contains("CC BY-NC-SA 4.0")
        .contains("Skin of colour")
        .contains("## Lesion outline")
        .contains("CutMix on 50% of images")
        .contains("moving average of the weights (decay 0.9)");
    // One row per epoch, then the averaged network that was saved.
    assertThat(Files.readAllLines(out.resolve("metrics.csv")))
        .hasSize(3)
        .last()
        .asString()
        .startsWith("average,");

    Path images = tmp.resolve("predict");
    Files.createDirectories(images);
    Files.copy(data.resolve("images/IMG_0.jpg"), images.resolve("a.jpg"));
    Files.writeString(images.resolve("broken.jpg"), "not an image");
    Path csv = tmp.resolve("out.csv");
    try (LesionTriage triage = new LesionTriage(TriageModel.load(out), 2)) {
      BatchPredictor.Summary s = BatchPredictor.predict(triage, images, csv, n -> {});
      assertThat(s.unreadable()).containsExactly("broken.jpg");
      BufferedImage img = ImageIO.read(data.resolve("images/IMG_1.jpg").toFile());
      TriageResult t = triage.analyse(img, true);
      assertThat(java.util.Arrays.stream(t.probabilities()).sum())
          .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(t.ranked().get(0).probability())
          .isGreaterThanOrEqualTo(t.ranked().get(6).probability());
      assertThat(ImageIO.read(new java.io.ByteArrayInputStream(t.heatmapPng()))).isNotNull();
    }
    try (LesionTriage triage = new LesionTriage(TriageModel.load(out), 1)) {
      TriageEvaluator.Result e =
          TriageEvaluator.evaluate(triage, isic.resolve("images"), isic.resolve("labels.csv"), 1);
      assertThat(e.report().n()).isEqualTo(4);
      assertThat(e.classCounts()[LesionClass.MEL.ordinal()]).isEqualTo(2);
    }
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(rows.get(0)).isEqualTo("image_id,akiec,bcc,bkl,df,mel,nv,vasc,abstained,reason");
    assertThat(rows.get(1)).startsWith("a,").matches("a(,[0-9.]+){7},(true|false),.*");
    assertThat(rows.get(2)).isEqualTo("broken,,,,,,,,true,unreadable");

    byte[] params = Files.readAllBytes(out.resolve("lesion-triage-0000.params"));
    params[params.length / 2] ^= 1;
    Files.write(out.resolve("lesion-triage-0000.params"), params);
    assertThatThrownBy(() -> TriageModel.load(out))
        .isInstanceOf(ModelIntegrityException.class)
        .hasMessageContaining("SHA-256 mismatch for lesion-triage-0000.params");
  }

  /** An isic-557-like folder: two melanoma and two nevus images copied from the HAM layout. */
  static Path isicLayout(Path ham, Path dir) throws Exception {
    Files.createDirectories(dir.resolve("images"));
    List<String> labels = new ArrayList<>();
    labels.add("image_id,diagnosis,benign_malignant,age_approx,sex");
    int mel = LesionClass.MEL.ordinal() * 4;
    int nv = LesionClass.NV.ordinal() * 4;
    for (int id : new int[] {mel, mel + 1, nv, nv + 1}) {
      Files.copy(ham.resolve("images/IMG_" + id + ".jpg"), dir.resolve("images/E_" + id + ".jpg"));
      labels.add("E_" + id + "," + (id < nv ? "melanoma,malignant" : "nevus,benign") + ",50,male");
    }
    Files.write(dir.resolve("labels.csv"), labels, StandardCharsets.UTF_8);
    return dir;
  }

  /** A HAM10000-like folder: {@code perClass} generated 200x150 images of each class. */
  static Path ham10000Layout(Path dir, int perClass) throws Exception {
    Files.createDirectories(dir.resolve("images"));
    List<String> meta = new ArrayList<>();
    meta.add("lesion_id,image_id,dx,dx_type,age,sex,localization");
    SplittableRandom rnd = new SplittableRandom(3);
    int id = 0;
    for (LesionClass c : LesionClass.values()) {
      for (int k = 0; k < perClass; k++) {
        BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(220, 170, 150));
        g.fillRect(0, 0, 200, 150);
        g.setColor(new Color(40 * c.ordinal() % 255, 60, 40 + 25 * c.ordinal()));
        g.fillOval(60 + rnd.nextInt(20), 40 + rnd.nextInt(20), 60, 50);
        g.dispose();
        ImageIO.write(img, "jpg", dir.resolve("images/IMG_" + id + ".jpg").toFile());
        meta.add("L" + id + ",IMG_" + id + "," + c.code() + ",histo,45.0,female,back");
        id++;
      }
    }
    Files.write(dir.resolve("metadata.csv"), meta, StandardCharsets.UTF_8);
    return dir;
  }
}
