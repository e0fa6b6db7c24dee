// Chart.js with only the pieces Tandem draws (line charts on linear or log axes), registered once.
import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Title, Tooltip);

Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
Chart.defaults.font.size = 12;
Chart.defaults.color = '#5b6172';
Chart.defaults.borderColor = '#eceef3';
// Curves grow many times a second; animating every update would cost frames and blur the live feel.
Chart.defaults.animation = false;

export { Chart };
