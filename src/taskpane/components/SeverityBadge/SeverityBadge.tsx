import * as React from "react";
import { Badge } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { Severity } from "../../../core/validation/Issue";
import { useTexts } from "../../texts/Texts";

/** An issue's severity as a word and an icon, not as a colour alone. */
export const SeverityBadge: React.FC<{ severity: Severity }> = ({ severity }) => {
  const { say } = useTexts();
  return severity === "error" ? (
    <Badge appearance="tint" color="danger" icon={<ErrorCircle16Filled />}>
      {say("pane.validar.error")}
    </Badge>
  ) : (
    <Badge appearance="tint" color="warning" icon={<Warning16Filled />}>
      {say("pane.validar.warning")}
    </Badge>
  );
};
