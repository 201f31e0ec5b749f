package org.openderm.ml.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openderm.ml.lesion.LesionClass;

class LabelledSetTest {

  @Test
  void readsTheThreeLabelLayouts(@TempDir Path dir) throws Exception {
    Path ham = dir.resolve("ham.csv");
    Files.write(
        ham,
        List.of(
            "lesion_id,image_id,dx,dx_type,age,sex,localization",
            "L1,ISIC_1,mel,histo,50,male,back",
            "L2,ISIC_2,df,histo,,female,trunk"));
    assertThat(LabelledSet.read(ham))
        .containsEntry("ISIC_1", LesionClass.MEL)
        .containsEntry("ISIC_2", LesionClass.DF);
    Path isic2018 = dir.resolve("gt.csv");
    Files.write(
        isic2018,
        List.of(
            "image,MEL,NV,BCC,AKIEC,BKL,DF,VASC",
            "ISIC_3,0.0,0.0,1.0,0.0,0.0,0.0,0.0",
            "ISIC_4,0.0,0.0,0.0,0.0,0.0,0.0,1.0"));
    assertThat(LabelledSet.read(isic2018))
        .containsEntry("ISIC_3", LesionClass.BCC)
        .containsEntry("ISIC_4", LesionClass.VASC);
    Path isic557 = dir.resolve("labels.csv");
    Files.write(
        isic557,
        List.of(
            "image_id,diagnosis,benign_malignant",
            "ISIC_5,melanoma,malignant",
            "ISIC_6,nevus,benign",
            "ISIC_7,lentigo,benign"));
    assertThat(LabelledSet.read(isic557))
        .hasSize(2)
        .containsEntry("ISIC_5", LesionClass.MEL)
        .containsEntry("ISIC_6", LesionClass.NV);
  }
}
