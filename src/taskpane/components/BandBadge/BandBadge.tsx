import * as React from "react";
import { Badge, BadgeProps } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  CircleHint16Regular,
  DismissCircle16Filled,
  ErrorCircle16Filled,
  SubtractCircle16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import { Band } from "../../../core/semaphore/Band";
import { formatPercent } from "../../../core/messages/formatPercent";
import { useTexts } from "../../texts/Texts";

/** A semáforo band as the pane shows it; `con-errores` marks a figure resting on an error (SPEC §5.1). */
export type ShownBand = Band | "con-errores";

export type BandBadgeProps = {
  band: ShownBand;
  compliance: number | null;
};

const LOOK: Record<ShownBand, { color: BadgeProps["color"]; icon: React.ReactElement }> = {
  verde: { color: "success", icon: <CheckmarkCircle16Filled /> },
  amarillo: { color: "warning", icon: <Warning16Filled /> },
  rojo: { color: "danger", icon: <DismissCircle16Filled /> },
  "sin-programacion": { color: "informative", icon: <SubtractCircle16Regular /> },
  // Never filled: its own colour and a dashed (empty) circle, never the look of "nothing due yet" (SPEC §5).
  "sin-diligenciar": { color: "important", icon: <CircleHint16Regular /> },
  "con-errores": { color: "severe", icon: <ErrorCircle16Filled /> },
};

/** Text, icon and number: colour is never the only signal (WCAG 1.4.1). */
export const BandBadge: React.FC<BandBadgeProps> = ({ band, compliance }) => {
  const { say, language } = useTexts();
  const look = LOOK[band];
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon} shape="rounded">
      {say("pane.semaforo.badge", {
        band: say(`pane.band.${band}`),
        compliance: compliance === null ? "" : formatPercent(compliance, language),
      }).trim()}
    </Badge>
  );
};
